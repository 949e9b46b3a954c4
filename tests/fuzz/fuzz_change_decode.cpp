// libFuzzer target for the change decoder (sync::Change::fromJson, models/sync/Change.*): the
// code that turns a change from its wire form (docs/sync.md) back into a Change, as the outbox
// does with every row it reads. Input: any bytes, read as the JSON a batch is made of; a change
// object, or an array of them, is decoded. Beyond "no crash, no sanitizer report", it checks two
// properties of every input:
//   - a refusal names the key that was wrong (and so never echoes a value);
//   - what decodes, encodes (toJson) to a change that decodes again to the same content.
// Built only with TRELLIS_FUZZ=ON and clang (tests/fuzz/CMakeLists.txt); ctest runs it for a
// fixed number of runs over the seed corpus in tests/fuzz/corpus/change.
#include "sync/Change.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The keys Change::fromJson may name when it refuses a change: the envelope's, never a value.
const QStringList kEnvelope{QStringLiteral("change_id"),       QStringLiteral("batch_id"),
                            QStringLiteral("entity"),          QStringLiteral("record_id"),
                            QStringLiteral("young_person_id"), QStringLiteral("op"),
                            QStringLiteral("base_version"),    QStringLiteral("fields"),
                            QStringLiteral("made_by"),         QStringLiteral("made_at")};

void check(const QJsonObject& object)
{
    QString key;
    const auto change = trellis::sync::Change::fromJson(object, &key);
    if (!change) {
        if (!kEnvelope.contains(key)) {
            std::fprintf(stderr, "a refusal that names no key of the envelope (%lld characters)\n",
                         qlonglong(key.size()));
            std::abort();
        }
        return;
    }
    QString again;
    const auto decoded = trellis::sync::Change::fromJson(change->toJson(), &again);
    if (!decoded || !decoded->sameContent(*change)) {
        std::fprintf(stderr, "a decoded change does not survive toJson and fromJson (key %s)\n", qPrintable(again));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        check(document.object());
    } else if (document.isArray()) {
        const QJsonArray batch = document.array();
        for (const QJsonValue& value : batch)
            check(value.toObject());
    }
    return 0;
}
