#pragma once

#include <QString>

namespace trellis::domain {

// A new record id: a version 7 UUID (RFC 9562), 48 bits of Unix milliseconds then 74 random
// bits. Ids made one after another sort together, so each insert lands on the right-most page of
// a primary-key index that is already in the page cache instead of on a random page that must be
// read and decrypted first (docs/benchmarks.md: logging a contact). The random part keeps ids
// unguessable and unique across laptops that create records offline.
QString createTimeOrderedId();

} // namespace trellis::domain
