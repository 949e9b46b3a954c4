// libFuzzer target for the decoders of the central store's sync replies (sync::SyncReplies,
// models/sync/SyncReplies.*): a pull page (trellis_pull), push results (trellis_push) and an id
// list (trellis_revoked), and the open conflicts (trellis_conflicts). The first byte of the input
// picks the decoder (0xf0 and above: the conflicts; otherwise by its value modulo 3) and, for a
// pull page, max_rows; the rest is the reply. Beyond "no crash, no sanitizer report": a decoded page never
// holds more than max_rows rows, push results answer exactly the changes sent, in order, and
// every refusal is a CentralError of kind Invalid.
// Built only with TRELLIS_FUZZ=ON and clang (tests/fuzz/CMakeLists.txt); ctest runs it for a
// fixed number of inputs over the seed corpus in tests/fuzz/corpus/pull_page.
#include "sync/SyncReplies.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The changes a fictional push sent; corpus seeds answer them.
const QStringList kSent{QStringLiteral("0193a4f0-0000-7000-8000-000000000001"),
                        QStringLiteral("0193a4f0-0000-7000-8000-000000000002")};

void fail(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

template <typename T> void refusedAsInvalid(const trellis::central::CentralResult<T>& result)
{
    if (!result.ok() && result.error().kind != trellis::central::CentralError::Kind::Invalid)
        fail("a refusal that is not of kind Invalid");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray reply = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    if (data[0] >= 0xf0) {
        const auto conflicts = trellis::sync::SyncReplies::conflicts(reply);
        refusedAsInvalid(conflicts);
        if (conflicts.ok()) {
            for (const auto& conflict : conflicts.value()) {
                if (!trellis::sync::SyncReplies::isUuid(conflict.id) || conflict.otherLogin.isEmpty() ||
                    !conflict.otherMadeAt.isValid() || !conflict.openedAt.isValid())
                    fail("a conflict without its id, login or times");
            }
        }
        return 0;
    }
    switch (data[0] % 3) {
    case 0: {
        const int maxRows = 1 + (data[0] / 3) % 64;
        const auto page = trellis::sync::SyncReplies::pullPage(reply, maxRows);
        refusedAsInvalid(page);
        if (page.ok() && page.value().rows.size() > maxRows)
            fail("a pull page with more rows than asked for");
        break;
    }
    case 1: {
        const auto results = trellis::sync::SyncReplies::pushResults(reply, kSent);
        refusedAsInvalid(results);
        if (results.ok()) {
            if (results.value().size() != kSent.size())
                fail("push results for another number of changes");
            for (qsizetype i = 0; i < kSent.size(); ++i) {
                if (results.value()[i].changeId != kSent[i])
                    fail("push results out of order");
            }
        }
        break;
    }
    default: {
        const auto ids = trellis::sync::SyncReplies::idList(reply, QStringLiteral("revoked"));
        refusedAsInvalid(ids);
        if (ids.ok()) {
            for (const QString& id : ids.value()) {
                if (!trellis::sync::SyncReplies::isUuid(id) || id != id.toLower())
                    fail("an id list holding something other than lower-case UUIDs");
            }
        }
        break;
    }
    }
    return 0;
}
