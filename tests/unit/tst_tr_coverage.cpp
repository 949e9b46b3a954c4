// Fails when a user-visible string in ui/ escapes tr(): scans every ui/**/*.cpp|h for string
// literals outside tr()/translate()/QT_TR_NOOP/QT_TRANSLATE_NOOP that are either passed to a call
// that shows text to people (setText, setToolTip, QMessageBox::information, new QLabel(...), ...) or
// read as prose (two words of letters separated by a space). A line that carries `// notr: reason`
// (or a comment line just above that starts with it) is exempt: font names, object names, formats.
// Left alone by design: SQL statements, log lines (logs stay English), date and time patterns and
// the tags of HTML markup (the words between the tags still count).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Offence {
    QString file;
    int line = 0;
    QString text;
    QString why;
    QString toString() const { return QStringLiteral("%1:%2: \"%3\" (%4)").arg(file).arg(line).arg(text, why); }
};

struct Literal {
    qsizetype start = 0; // offset of the opening quote (or prefix)
    qsizetype end = 0;   // offset after the closing quote
    int line = 0;
    QString text;
};

// The source with comments, string and character literals blanked (same length and line breaks),
// so brackets and names can be read without being fooled by what literals hold; and the literals.
struct Lexed {
    QString code;
    QList<Literal> literals;
    QSet<int> notrLines;        // lines whose comment says "notr"
    QSet<int> notrCommentLines; // lines that are only a "// notr" comment
};

Lexed lex(const QString& text)
{
    Lexed out;
    out.code = text;
    int line = 1;
    qsizetype lineStart = 0;
    auto blank = [&out](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k)
            if (out.code[k] != QLatin1Char('\n'))
                out.code[k] = QLatin1Char(' ');
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
            ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('/')) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = n;
            const QString comment = text.mid(i, end - i);
            if (comment.contains(QLatin1String("notr"))) {
                out.notrLines.insert(line);
                if (text.mid(lineStart, i - lineStart).trimmed().isEmpty())
                    out.notrCommentLines.insert(line);
            }
            blank(i, end);
            i = end;
        } else if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? n : end + 2;
            line += int(text.mid(i, end - i).count(QLatin1Char('\n')));
            blank(i, end);
            i = end;
        } else if (c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('\'') && text.at(j) != QLatin1Char('\n'))
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            blank(i + 1, qMin(j, n));
            i = j + 1;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            QString value;
            while (j < n && text.at(j) != QLatin1Char('"') && text.at(j) != QLatin1Char('\n')) {
                if (text.at(j) == QLatin1Char('\\') && j + 1 < n) {
                    value += text.at(j + 1) == QLatin1Char('n') ? QChar(QLatin1Char(' ')) : text.at(j + 1);
                    j += 2;
                } else {
                    value += text.at(j);
                    ++j;
                }
            }
            out.literals.append({i, j + 1, line, value});
            blank(i + 1, qMin(j, n));
            i = j + 1;
        } else {
            ++i;
        }
    }
    return out;
}

// The name before the innermost '(' still open at `pos`, and that bracket's offset; empty at top level.
QString enclosingCall(const QString& code, qsizetype pos, qsizetype* open = nullptr)
{
    int depth = 0;
    for (qsizetype k = pos - 1; k >= 0; --k) {
        const QChar c = code.at(k);
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            ++depth;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            if (depth > 0) {
                --depth;
                continue;
            }
            if (c != QLatin1Char('('))
                return {}; // a braced list or subscript: not a call's argument
            if (open)
                *open = k;
            qsizetype e = k;
            while (e > 0 && code.at(e - 1).isSpace())
                --e;
            qsizetype b = e;
            while (b > 0 && (code.at(b - 1).isLetterOrNumber() || code.at(b - 1) == QLatin1Char('_')))
                --b;
            return code.mid(b, e - b);
        } else if (c == QLatin1Char(';') && depth == 0) {
            return {};
        }
    }
    return {};
}

const QSet<QString>& translatingCalls()
{
    static const QSet<QString> names{QStringLiteral("tr"),
                                     QStringLiteral("translate"),
                                     QStringLiteral("QT_TR_NOOP"),
                                     QStringLiteral("QT_TRANSLATE_NOOP"),
                                     QStringLiteral("QT_TR_N_NOOP"),
                                     QStringLiteral("QT_TRANSLATE_N_NOOP"),
                                     QStringLiteral("QT_TRANSLATE_NOOP3")};
    return names;
}

// Calls whose text argument reaches the screen.
const QSet<QString>& sinks()
{
    static const QSet<QString> names{
        QStringLiteral("setText"),
        QStringLiteral("setWindowTitle"),
        QStringLiteral("setToolTip"),
        QStringLiteral("setStatusTip"),
        QStringLiteral("setWhatsThis"),
        QStringLiteral("setPlaceholderText"),
        QStringLiteral("setAccessibleName"),
        QStringLiteral("setAccessibleDescription"),
        QStringLiteral("addAction"),
        QStringLiteral("addMenu"),
        QStringLiteral("addTab"),
        QStringLiteral("insertTab"),
        QStringLiteral("setTabText"),
        QStringLiteral("setHorizontalHeaderLabels"),
        QStringLiteral("showMessage"),
        QStringLiteral("setTitle"),
        QStringLiteral("setLabelText"),
        QStringLiteral("setInformativeText"),
        QStringLiteral("QLabel"),
        QStringLiteral("QPushButton"),
        QStringLiteral("QCheckBox"),
        QStringLiteral("QRadioButton"),
        QStringLiteral("QGroupBox"),
        QStringLiteral("QAction"),
        QStringLiteral("QMenu"),
        QStringLiteral("QToolButton"),
    };
    return names;
}

// Wrappers that only make a QString of a literal: the call that matters is the one around them.
const QSet<QString>& wrappers()
{
    static const QSet<QString> names{QStringLiteral("QStringLiteral"),    QStringLiteral("QLatin1String"),
                                     QStringLiteral("QLatin1StringView"), QStringLiteral("QString"),
                                     QStringLiteral("fromUtf8"),          QStringLiteral("fromLatin1"),
                                     QStringLiteral("QStringView"),       QStringLiteral("u")};
    return names;
}

bool isMessageBoxCall(const QString& code, qsizetype open, const QString& name)
{
    static const QSet<QString> statics{QStringLiteral("information"), QStringLiteral("warning"),
                                       QStringLiteral("critical"), QStringLiteral("question"), QStringLiteral("about")};
    if (!statics.contains(name))
        return false;
    const qsizetype nameStart = code.lastIndexOf(name, open);
    return nameStart >= 0 && code.mid(qMax<qsizetype>(0, nameStart - 14), 14).contains(QLatin1String("QMessageBox::"));
}

// Date and time patterns ("d MMMM yyyy", "dd/MM/yyyy HH:mm"): QLocale puts the words in.
bool looksLikeDateFormat(const QString& text)
{
    static const QRegularExpression format(QStringLiteral("^[dMyHhmsapAPtz :/.,'-]+$"));
    return format.match(text).hasMatch();
}

// Markup without its tags: "<td class=\"n\">%1</td>" holds no words for people.
QString withoutTags(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>?"));
    return QString(text).remove(tag);
}

bool looksLikeSql(const QString& text)
{
    static const QRegularExpression sql(QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|PRAGMA)\\b"));
    return sql.match(text).hasMatch();
}

bool isLogLine(const QString& code, qsizetype pos)
{
    // The statement the literal is in, back to the previous ';' or brace.
    qsizetype b = pos;
    while (b > 0 && code.at(b - 1) != QLatin1Char(';') && code.at(b - 1) != QLatin1Char('{') &&
           code.at(b - 1) != QLatin1Char('}'))
        --b;
    static const QRegularExpression log(
        QStringLiteral("\\b(qC?(Debug|Info|Warning|Critical)|Q_ASSERT(_X)?|qFatal|Q_LOGGING_CATEGORY)\\b"));
    return log.match(code.mid(b, pos - b)).hasMatch();
}

QList<Offence> scan(const QString& file, const QString& text)
{
    static const QRegularExpression prose(QStringLiteral("[A-Za-z]{2,} +[A-Za-z]{2,}"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    const Lexed lexed = lex(text);
    QList<Offence> found;
    QSet<int> exemptGroupLines;
    for (qsizetype index = 0; index < lexed.literals.size(); ++index) {
        // Adjacent literals ("a" "b") are one string: decide once, for the first.
        Literal literal = lexed.literals.at(index);
        bool exempt = lexed.notrLines.contains(literal.line) || lexed.notrCommentLines.contains(literal.line - 1);
        while (index + 1 < lexed.literals.size() &&
               lexed.code.mid(literal.end, lexed.literals.at(index + 1).start - literal.end).trimmed().isEmpty()) {
            ++index;
            literal.text += lexed.literals.at(index).text;
            literal.end = lexed.literals.at(index).end;
            exempt = exempt || lexed.notrLines.contains(lexed.literals.at(index).line);
        }
        if (exempt)
            continue;
        // Skip wrappers to the call that receives the text; stop at a translating call.
        qsizetype open = literal.start;
        QString call = enclosingCall(lexed.code, literal.start, &open);
        while (wrappers().contains(call))
            call = enclosingCall(lexed.code, open, &open);
        if (translatingCalls().contains(call))
            continue;
        // Nested deeper: a translating call anywhere around it (tr("%1").arg(...) is not around it).
        bool insideTranslation = false;
        for (qsizetype at = open; !call.isEmpty();) {
            QString outer = enclosingCall(lexed.code, at, &at);
            if (outer.isEmpty())
                break;
            if (translatingCalls().contains(outer)) {
                insideTranslation = true;
                break;
            }
        }
        if (insideTranslation || looksLikeSql(literal.text) || looksLikeDateFormat(literal.text) ||
            isLogLine(lexed.code, literal.start))
            continue;
        if ((sinks().contains(call) || isMessageBoxCall(lexed.code, open, call)) &&
            word.match(literal.text).hasMatch()) {
            found.append({file, literal.line, literal.text, QStringLiteral("shown by %1() without tr()").arg(call)});
        } else if (prose.match(withoutTags(literal.text)).hasMatch()) {
            found.append({file, literal.line, literal.text, QStringLiteral("words for people without tr()")});
        }
    }
    return found;
}

QString listed(const QList<Offence>& offences)
{
    QStringList lines;
    for (const Offence& o : offences)
        lines << o.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTrCoverage : public QObject {
    Q_OBJECT
private slots:
    void flagsUntranslatedTextWithItsLine();
    void passesTranslatedAndExemptText();
    void everyUserVisibleStringInUiIsTranslated();
};

void TestTrCoverage::flagsUntranslatedTextWithItsLine()
{
    const QString bad = QStringLiteral(
        "void f(QLabel* label, QWidget* w)\n"                                         // 1
        "{\n"                                                                         // 2
        "    label->setText(QStringLiteral(\"Saved\"));\n"                            // 3: a sink
        "    w->setToolTip(\"Open the record\");\n"                                   // 4: a sink, prose
        "    auto* b = new QPushButton(QLatin1String(\"Delete\"), w);\n"              // 5: a constructor
        "    QMessageBox::warning(w, tr(\"Trellis\"), QStringLiteral(\"Gone\"));\n"   // 6: a message box
        "    const QString s = QStringLiteral(\"Nothing to sync yet\");\n"            // 7: prose anywhere
        "    const QString t = tr(\"%1 records\").arg(u\"more to come\"_s);\n"        // 8: prose in .arg
        "    html += QStringLiteral(\"<p class=\\\"note\\\">Not yet synced</p>\");\n" // 9: words in markup
        "}\n");
    const QList<Offence> offences = scan(QStringLiteral("bad.cpp"), bad);
    QStringList where;
    for (const Offence& o : offences)
        where << QStringLiteral("%1:%2").arg(o.file).arg(o.line);
    QCOMPARE(where, (QStringList{QStringLiteral("bad.cpp:3"), QStringLiteral("bad.cpp:4"), QStringLiteral("bad.cpp:5"),
                                 QStringLiteral("bad.cpp:6"), QStringLiteral("bad.cpp:7"), QStringLiteral("bad.cpp:8"),
                                 QStringLiteral("bad.cpp:9")}));
    QVERIFY(offences.at(0).toString().contains(QLatin1String("\"Saved\"")));
    QVERIFY(offences.at(0).toString().contains(QLatin1String("setText")));
}

void TestTrCoverage::passesTranslatedAndExemptText()
{
    const QString good =
        QStringLiteral("void f(QLabel* label, QWidget* w, Database& db)\n"
                       "{\n"
                       "    label->setText(tr(\"Saved\"));\n"
                       "    w->setToolTip(QCoreApplication::translate(\"RecordText\", \"Open the record\"));\n"
                       "    static const char* const kinds[] = {QT_TRANSLATE_NOOP(\"Kinds\", \"home visit\")};\n"
                       "    label->setText(tr(\"Saved at %1\").arg(QStringLiteral(\"12:00\")));\n"
                       "    w->setObjectName(QStringLiteral(\"recordView\"));\n"
                       "    label->setFont(QFont(QStringLiteral(\"DejaVu Sans\"))); // notr: a font family\n"
                       "    // notr: both languages on purpose\n"
                       "    label->setText(QStringLiteral(\"Language / Iaith\"));\n"
                       "    db.cached(\"SELECT id FROM young_person WHERE id = ?1\");\n"
                       "    qCWarning(lcRecord) << \"could not keep a draft for\" << id;\n"
                       "    label->setText(tr(\"A long sentence \"\n"
                       "                      \"over two lines\"));\n"
                       "    const QChar quote = '\"'; label->setText(tr(\"after a quote char\"));\n"
                       "    html += QStringLiteral(\"<table border=\\\"1\\\" cellpadding=\\\"3\\\">\");\n"
                       "    const QString when = QLocale().toString(day, QStringLiteral(\"d MMMM yyyy\"));\n"
                       "}\n");
    const QList<Offence> offences = scan(QStringLiteral("good.cpp"), good);
    QVERIFY2(offences.isEmpty(), qPrintable(listed(offences)));
}

void TestTrCoverage::everyUserVisibleStringInUiIsTranslated()
{
    const QString ui = QStringLiteral(TRELLIS_UI_SOURCE_DIR);
    QDirIterator it(ui, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    QList<Offence> offences;
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        offences += scan(QStringLiteral("ui/") + QDir(ui).relativeFilePath(path), QString::fromUtf8(file.readAll()));
    }
    QVERIFY2(files > 50, "the ui/ sources were not found");
    std::sort(offences.begin(), offences.end(),
              [](const Offence& a, const Offence& b) { return std::tie(a.file, a.line) < std::tie(b.file, b.line); });
    // QTest cuts long failure messages short: every offender gets a line of its own first.
    for (const Offence& o : std::as_const(offences))
        qWarning("%s", qPrintable(o.toString()));
    QVERIFY2(offences.isEmpty(),
             qPrintable(QStringLiteral("%1 user-visible strings in ui/ escape tr() (listed above with file:line; wrap "
                                       "them in tr(), or add `// notr: reason` if people must not see them "
                                       "translated). First: %2")
                            .arg(offences.size())
                            .arg(offences.isEmpty() ? QString() : offences.first().toString())));
}

QTEST_GUILESS_MAIN(TestTrCoverage)
#include "tst_tr_coverage.moc"
