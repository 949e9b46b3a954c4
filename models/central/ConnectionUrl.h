#pragma once

#include <QString>

namespace trellis::central {

// What a connection URL (postgresql://... or key=value words) names, read with libpq's own
// parser so that Trellis judges exactly what libpq would connect with. A password in it is
// noticed, wiped from libpq's copy, and never kept.
struct ConnectionUrl {
    bool valid = false;
    bool hasPassword = false; // as libpq reads it: "?password=" is one, "login:@host" is none
    QString login;
    QString host;
    QString port;
    QString database;

    static ConnectionUrl parse(const QString& url);
};

} // namespace trellis::central
