#include "ConnectionUrl.h"

#include <libpq-fe.h>

#include <cstring>
#include <string.h>

namespace trellis::central {

ConnectionUrl ConnectionUrl::parse(const QString& url)
{
    ConnectionUrl parsed;
    if (url.trimmed().isEmpty())
        return parsed;
    char* problem = nullptr;
    // PQconninfoParse reads only what the text says, not PG* variables or service files, so a
    // PGPASSWORD in the environment is not mistaken for a password in the URL.
    PQconninfoOption* options = PQconninfoParse(url.toUtf8().constData(), &problem);
    if (problem)
        PQfreemem(problem); // its words may quote the URL, password and all
    if (!options)
        return parsed;
    parsed.valid = true;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString value = QString::fromUtf8(option->val);
        if (std::strcmp(option->keyword, "password") == 0) {
            parsed.hasPassword = true;
            explicit_bzero(option->val, std::strlen(option->val));
        } else if (std::strcmp(option->keyword, "user") == 0) {
            parsed.login = value;
        } else if (std::strcmp(option->keyword, "host") == 0) {
            parsed.host = value;
        } else if (std::strcmp(option->keyword, "port") == 0) {
            parsed.port = value;
        } else if (std::strcmp(option->keyword, "dbname") == 0) {
            parsed.database = value;
        }
    }
    PQconninfoFree(options);
    return parsed;
}

} // namespace trellis::central
