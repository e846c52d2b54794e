// JsonLinesDecoder and MultiplexDecoder fed with streams recorded from a real
// dockerd 26 (tests/data/streams, recorded with curl against the fixture engine):
// however the transport cuts a stream, the decoded items must be the same.
// (No raw string literals in this file: moc 6.8 cannot read them and then skips the class.)
#include "streamdecoders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/streams/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded stream %s", qPrintable(f.fileName()));
    return f.readAll();
}

using Items = QList<JsonLinesDecoder::Item>;
using Frames = QList<MultiplexDecoder::Frame>;

Items decodeWhole(const QByteArray &stream)
{
    JsonLinesDecoder d;
    Items items = d.feed(stream);
    items += d.finish();
    return items;
}

Items decodeParts(const QList<QByteArray> &parts)
{
    JsonLinesDecoder d;
    Items items;
    for (const QByteArray &p : parts)
        items += d.feed(p);
    items += d.finish();
    return items;
}

// QCOMPARE-friendly: an item as one line of text.
QStringList describe(const Items &items)
{
    QStringList out;
    for (const auto &i : items)
        out << (i.valid ? QStringLiteral("ok ") : QStringLiteral("INVALID ")) + QString::fromUtf8(i.raw) + QStringLiteral(" => ")
                + QString::fromUtf8(QJsonDocument(i.object).toJson(QJsonDocument::Compact));
    return out;
}

QStringList describe(const Frames &frames)
{
    QStringList out;
    for (const auto &f : frames)
        out << QString::number(int(f.stream)) + QLatin1Char(':') + QString::fromLatin1(f.payload.toHex());
    return out;
}

QByteArray frame(quint8 type, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = char(type);
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

Frames demuxParts(const QList<QByteArray> &parts, MultiplexDecoder &d)
{
    Frames frames;
    for (const QByteArray &p : parts)
        frames += d.feed(p);
    return frames;
}

QByteArray joined(const Frames &frames, MultiplexDecoder::StreamType type)
{
    QByteArray out;
    for (const auto &f : frames) {
        if (f.stream == type)
            out += f.payload;
    }
    return out;
}

QByteArray toLf(QByteArray s)
{
    return s.replace("\r\n", "\n");
}

QByteArray toCrLf(const QByteArray &s)
{
    return toLf(s).replace("\n", "\r\n");
}

} // namespace

class TestStreamDecoders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- JSON lines -------------------------------------------------------------

    void recordedStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mustHaveKey"); ///< a key some item of this stream carries
        QTest::addColumn<bool>("crlf");           ///< as the engine sent it

        QTest::newRow("pull (per-layer progress)") << "pull.jsonl" << "progressDetail" << true;
        QTest::newRow("classic build") << "build.jsonl" << "aux" << true;
        QTest::newRow("classic build that fails") << "build-failed.jsonl" << "errorDetail" << true;
        QTest::newRow("events") << "events.jsonl" << "Actor" << false;
        QTest::newRow("stats of a running container") << "stats.jsonl" << "cpu_stats" << false;
    }

    void recordedStreams()
    {
        QFETCH(QString, file);
        QFETCH(QString, mustHaveKey);
        QFETCH(bool, crlf);
        const QByteArray stream = recorded(file);
        QVERIFY(stream.endsWith('\n'));
        QCOMPARE(stream.contains("\r\n"), crlf);

        const Items whole = decodeWhole(stream);
        // One object per line, all of them valid, none lost.
        QCOMPARE(whole.size(), stream.count('\n'));
        bool seenKey = false;
        for (const auto &item : whole) {
            QVERIFY2(item.valid, item.raw.constData());
            QVERIFY(!item.raw.endsWith('\r'));
            QCOMPARE(QJsonDocument::fromJson(item.raw).object(), item.object);
            seenKey = seenKey || item.object.contains(mustHaveKey);
        }
        QVERIFY(seenKey);

        // Cut in two at every byte position.
        const QStringList expected = describe(whole);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            const Items parts = decodeParts({stream.left(cut), stream.mid(cut)});
            if (parts.size() != whole.size() || describe(parts) != expected)
                QFAIL(qPrintable(QStringLiteral("cut at byte %1 of %2 changes the items").arg(cut).arg(stream.size())));
        }
        // Byte by byte; the decoder never holds more than the line it is in.
        JsonLinesDecoder d;
        Items bytewise;
        qsizetype longestLine = 0;
        for (const QByteArray &line : stream.split('\n'))
            longestLine = std::max(longestLine, line.size());
        for (qsizetype i = 0; i < stream.size(); ++i) {
            bytewise += d.feed(stream.mid(i, 1));
            QVERIFY(d.pendingBytes() <= longestLine);
        }
        QCOMPARE(d.pendingBytes(), 0);
        bytewise += d.finish();
        QCOMPARE(describe(bytewise), expected);

        // The same stream with the other line ending gives the same items.
        const QByteArray other = crlf ? toLf(stream) : toCrLf(stream);
        QVERIFY(other != stream);
        QCOMPARE(describe(decodeWhole(other)), expected);
    }

    void pullProgressContent()
    {
        // The pull stream holds real per-layer progress: several layers, each with
        // growing byte counts up to its total, then "Pull complete".
        const Items items = decodeWhole(recorded(QStringLiteral("pull.jsonl")));
        QMap<QString, qint64> total, lastCurrent;
        QSet<QString> complete;
        for (const auto &i : items) {
            const QString id = i.object.value(QLatin1String("id")).toString();
            const QString status = i.object.value(QLatin1String("status")).toString();
            const QJsonObject detail = i.object.value(QLatin1String("progressDetail")).toObject();
            if (status == QLatin1String("Downloading")) {
                const qint64 cur = qint64(detail.value(QLatin1String("current")).toDouble());
                total[id] = qint64(detail.value(QLatin1String("total")).toDouble());
                QVERIFY(cur >= lastCurrent.value(id));
                QVERIFY(cur <= total[id]);
                lastCurrent[id] = cur;
            }
            if (status == QLatin1String("Pull complete"))
                complete.insert(id);
        }
        QVERIFY(total.size() >= 2);
        QCOMPARE(QSet<QString>(total.keyBegin(), total.keyEnd()), complete);
        QVERIFY(items.last().object.value(QLatin1String("status")).toString().startsWith(QLatin1String("Status: Downloaded newer image")));
    }

    void buildStreamContent()
    {
        const Items ok = decodeWhole(recorded(QStringLiteral("build.jsonl")));
        QString text;
        QString id;
        for (const auto &i : ok) {
            text += i.object.value(QLatin1String("stream")).toString();
            if (i.object.contains(QLatin1String("aux")))
                id = i.object.value(QLatin1String("aux")).toObject().value(QLatin1String("ID")).toString();
        }
        QVERIFY(text.startsWith(QLatin1String("Step 1/5 : FROM cais-test/shell:1\n")));
        QVERIFY(text.contains(QLatin1String("hello from the context\n")));
        QVERIFY(id.startsWith(QLatin1String("sha256:")));
        QVERIFY(text.contains(QLatin1String("Successfully built ") + id.mid(7, 12)));

        const Items failed = decodeWhole(recorded(QStringLiteral("build-failed.jsonl")));
        const QJsonObject last = failed.last().object;
        QCOMPARE(last.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("code")).toInt(), 3);
        QVERIFY(last.value(QLatin1String("error")).toString().contains(QLatin1String("returned a non-zero code: 3")));
    }

    void finalLineWithoutNewline_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("ending"); ///< what the last line ends in
        QTest::newRow("pull, bare") << "pull.jsonl" << QByteArray();
        QTest::newRow("pull, lone CR") << "pull.jsonl" << QByteArray("\r");
        QTest::newRow("events, bare") << "events.jsonl" << QByteArray();
        QTest::newRow("stats, bare") << "stats.jsonl" << QByteArray();
    }

    void finalLineWithoutNewline()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, ending);
        const QByteArray stream = recorded(file);
        const Items whole = decodeWhole(stream);
        QByteArray cut = stream;
        cut.chop(cut.endsWith("\r\n") ? 2 : 1);
        cut += ending;

        JsonLinesDecoder d;
        const Items before = d.feed(cut);
        QCOMPARE(before.size(), whole.size() - 1); // the last line waits for more
        QVERIFY(d.pendingBytes() > 0);
        const Items last = d.finish();
        QCOMPARE(last.size(), 1);
        QCOMPARE(describe(before + last), describe(whole));
        QCOMPARE(d.pendingBytes(), 0);
        QVERIFY(d.finish().isEmpty()); // finishing twice gives nothing new
    }

    void invalidLinesAreFlagged_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("not json") << QByteArray("Error: something is wrong");
        QTest::newRow("cut object") << QByteArray("{\"status\":\"Downloading\",\"progressDetail\":{\"cur");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("string") << QByteArray("\"just a string\"");
        QTest::newRow("two objects on a line") << QByteArray("{\"a\":1}{\"b\":2}");
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("invalid utf-8") << QByteArray("{\"stream\":\"\xff\xfe\"}");
    }

    void invalidLinesAreFlagged()
    {
        QFETCH(QByteArray, bad);
        const QByteArray pull = recorded(QStringLiteral("pull.jsonl"));
        const qsizetype third = pull.indexOf('\n', pull.indexOf('\n', pull.indexOf('\n') + 1) + 1) + 1;
        // The bad line sits between good ones, with CRLF like its neighbours.
        const QByteArray stream = pull.left(third) + bad + "\r\n" + pull.mid(third);

        const Items items = decodeWhole(stream);
        const Items good = decodeWhole(pull);
        QCOMPARE(items.size(), good.size() + 1);
        QVERIFY(!items.at(3).valid);
        QCOMPARE(items.at(3).raw, bad);
        QVERIFY(items.at(3).object.isEmpty());
        Items rest = items;
        rest.removeAt(3);
        QCOMPARE(describe(rest), describe(good)); // neighbours are unharmed

        for (qsizetype cut = 0; cut <= stream.size(); ++cut)
            QCOMPARE(describe(decodeParts({stream.left(cut), stream.mid(cut)})), describe(items));
    }

    void blankLinesAreNoItems()
    {
        // Blank lines (keep-alive newlines some proxies insert) carry nothing.
        const Items items = decodeWhole("\n\r\n{\"a\":1}\n   \n\r\n{\"b\":2}\r\n\n");
        QCOMPARE(describe(items), QStringList({QStringLiteral("ok {\"a\":1} => {\"a\":1}"), QStringLiteral("ok {\"b\":2} => {\"b\":2}")}));
        JsonLinesDecoder d;
        QVERIFY(d.finish().isEmpty());
    }

    void lineWithoutEndIsBounded()
    {
        // A broken engine's line that never ends holds at most kMaxLineBytes: it comes
        // out once, invalid, with its start; the lines after its newline decode as usual.
        JsonLinesDecoder d;
        const QByteArray piece(1024 * 1024, 'a');
        Items items;
        qsizetype mostPending = 0;
        for (int i = 0; i < 40; ++i) {
            items += d.feed(i == 0 ? "{\"read\":\"" + piece : piece);
            mostPending = std::max(mostPending, d.pendingBytes());
        }
        QVERIFY(mostPending <= JsonLinesDecoder::kMaxLineBytes + piece.size());
        QCOMPARE(items.size(), 1);
        QVERIFY(!items.first().valid);
        QVERIFY(items.first().raw.startsWith("{\"read\":\"aaaa"));
        QCOMPARE(items.first().raw.size(), 1024);
        items = d.feed(piece + "\n{\"a\":1}\n{\"b\"");
        items += d.finish();
        QCOMPARE(describe(items), QStringList({QStringLiteral("ok {\"a\":1} => {\"a\":1}"), QStringLiteral("INVALID {\"b\" => {}")}));

        // The same line whole, its newline in the same feed: the same items.
        JsonLinesDecoder whole;
        QByteArray line = "{\"read\":\"";
        for (int i = 0; i < 41; ++i)
            line += piece;
        const Items once = whole.feed(line + "\n{\"a\":1}\n");
        QCOMPARE(once.size(), 2);
        QVERIFY(!once.first().valid);
        QCOMPARE(once.first().raw, line.left(1024));
        QVERIFY(once.last().valid);
    }

    // --- multiplexed streams ----------------------------------------------------

    void recordedLogs()
    {
        // A non-TTY container wrote to stdout and stderr; docker logs (the CLI)
        // separated them into logs.stdout and logs.stderr when recording.
        const QByteArray stream = recorded(QStringLiteral("logs.mux"));
        const QByteArray out = recorded(QStringLiteral("logs.stdout"));
        const QByteArray err = recorded(QStringLiteral("logs.stderr"));

        MultiplexDecoder whole;
        const Frames frames = whole.feed(stream);
        QVERIFY(!whole.isCorrupt());
        QCOMPARE(whole.pendingBytes(), 0);
        QCOMPARE(joined(frames, MultiplexDecoder::StreamType::Stdout), out);
        QCOMPARE(joined(frames, MultiplexDecoder::StreamType::Stderr), err);
        QCOMPARE(joined(frames, MultiplexDecoder::StreamType::Stdin), QByteArray());
        QVERIFY(out.contains(QByteArray(3000, 'x'))); // a long line, one frame of ~3 KB

        const QStringList expected = describe(frames);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            MultiplexDecoder d;
            const Frames parts = demuxParts({stream.left(cut), stream.mid(cut)}, d);
            if (describe(parts) != expected || d.isCorrupt() || d.pendingBytes() != 0)
                QFAIL(qPrintable(QStringLiteral("cut at byte %1 of %2 changes the frames").arg(cut).arg(stream.size())));
        }
        MultiplexDecoder bytewise;
        Frames one;
        for (qsizetype i = 0; i < stream.size(); ++i)
            one += bytewise.feed(stream.mid(i, 1));
        QCOMPARE(describe(one), expected);
        QCOMPARE(bytewise.pendingBytes(), 0);
    }

    void synthetic_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("corrupt");

        const QByteArray hi = frame(1, "hi\n");
        const QString hiText = QStringLiteral("1:") + QString::fromLatin1(QByteArray("hi\n").toHex());
        QTest::newRow("system error ends a log stream")
            << hi + frame(3, "error from daemon in stream: Error grabbing logs: invalid character")
            << QStringList{hiText, QStringLiteral("3:") + QString::fromLatin1(QByteArray("error from daemon in stream: Error grabbing logs: invalid character").toHex())}
            << false;
        QTest::newRow("stdin frame") << frame(0, "in") << QStringList{QStringLiteral("0:696e")} << false;
        QTest::newRow("zero-length frames") << frame(1, {}) + hi + frame(2, {}) + frame(2, "e")
                                            << QStringList{QStringLiteral("1:"), hiText, QStringLiteral("2:"), QStringLiteral("2:65")} << false;
        QTest::newRow("raw TTY text is no frame") << QByteArray("total 0\ndrwxr-xr-x 2 root root\n") << QStringList() << true;
        QTest::newRow("short raw TTY text") << QByteArray("ok\n") << QStringList() << true;
        QTest::newRow("type 4 after a good frame") << hi + QByteArray("\x04\0\0\0\0\0\0\x01z", 9) + hi << QStringList{hiText} << true;
        QTest::newRow("padding not zero") << hi + QByteArray("\x01\0\x01\0\0\0\0\x01z", 9) + hi << QStringList{hiText} << true;
        QTest::newRow("ANSI escape first") << QByteArray("\x1b[0;32mgreen\x1b[0m\n") << QStringList() << true;
    }

    void synthetic()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QFETCH(bool, corrupt);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            MultiplexDecoder d;
            const Frames frames = demuxParts({stream.left(cut), stream.mid(cut)}, d);
            QCOMPARE(describe(frames), expected);
            QCOMPARE(d.isCorrupt(), corrupt);
            if (!corrupt)
                QCOMPARE(d.pendingBytes(), 0);
            // Once corrupt, nothing more comes out, even well-formed frames.
            if (corrupt)
                QVERIFY(d.feed(frame(1, "later")).isEmpty());
        }
        MultiplexDecoder bytewise;
        Frames one;
        for (qsizetype i = 0; i < stream.size(); ++i)
            one += bytewise.feed(stream.mid(i, 1));
        QCOMPARE(describe(one), expected);
        QCOMPARE(bytewise.isCorrupt(), corrupt);
    }

    void hugeFrameIsRefused_data()
    {
        QTest::addColumn<quint32>("announced");
        QTest::newRow("4 GiB - 1") << quint32(0xffffffffu);
        QTest::newRow("2 GiB, the sign bit") << quint32(0x80000000u);
        QTest::newRow("256 MiB") << quint32(256u * 1024 * 1024);
    }

    void hugeFrameIsRefused()
    {
        // A bogus frame length fails the stream at its header: the decoder must not
        // buffer gigabytes waiting for a frame no engine sends.
        QFETCH(quint32, announced);
        QByteArray header("\x01\0\0\0", 4);
        header += char(announced >> 24);
        header += char(announced >> 16);
        header += char(announced >> 8);
        header += char(announced);
        MultiplexDecoder d;
        const Frames frames = d.feed(frame(1, "before\n") + header + QByteArray(1000, 'x'));
        QCOMPARE(describe(frames), QStringList{QStringLiteral("1:") + QString::fromLatin1(QByteArray("before\n").toHex())});
        for (int i = 0; i < 16; ++i)
            QVERIFY(d.feed(QByteArray(64 * 1024, 'y')).isEmpty());
        QVERIFY(d.isCorrupt());
        QVERIFY(d.isFrameTooLarge());
        QCOMPARE(d.announcedFrameBytes(), announced);
        QVERIFY2(d.pendingBytes() <= 2048, qPrintable(QString::number(d.pendingBytes())));
    }

    void largestFrameIsAccepted()
    {
        const QByteArray payload(MultiplexDecoder::kMaxFrameBytes, 'z');
        MultiplexDecoder d;
        const Frames frames = d.feed(frame(2, payload));
        QCOMPARE(frames.size(), 1);
        QVERIFY(frames.first().payload == payload);
        QVERIFY(!d.isCorrupt());
    }

    void undecodedRest_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QStringList>("frames");
        QTest::addColumn<QByteArray>("rest");
        const QString one = QStringLiteral("1:") + QString::fromLatin1(QByteArray("one\n").toHex());
        QTest::newRow("raw from the start") << QList<QByteArray>{QByteArray("$ ls\n")} << QStringList() << QByteArray("$ ls\n");
        QTest::newRow("a frame, raw bytes in the same piece") << QList<QByteArray>{frame(1, "one\n") + "raw"} << QStringList{one} << QByteArray("raw");
        QTest::newRow("a frame, half a header, then raw bytes")
            << QList<QByteArray>{frame(1, "one\n") + QByteArray("\x01\0", 2), QByteArray("\x01zz")} << QStringList{one}
            << QByteArray("\x01\0\x01zz", 5);
        QTest::newRow("a frame, raw bytes in the next piece") << QList<QByteArray>{frame(1, "one\n"), QByteArray("raw")} << QStringList{one}
                                                              << QByteArray("raw");
    }

    void undecodedRest()
    {
        // A stream that turns out not to be multiplexed: the frames that came out, then
        // every other byte, once.
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QStringList, frames);
        QFETCH(QByteArray, rest);
        MultiplexDecoder d;
        QCOMPARE(describe(demuxParts(pieces, d)), frames);
        QVERIFY(d.isCorrupt());
        QVERIFY(!d.isFrameTooLarge());
        QCOMPARE(d.takeUndecoded(), rest);
        QVERIFY(d.takeUndecoded().isEmpty());
        QVERIFY(d.feed("more").isEmpty());
        QVERIFY(d.takeUndecoded().isEmpty());
    }

    void largeFrameSplitArbitrarily()
    {
        // Frames bigger than 64 KiB (attach and exec send what the process wrote in
        // one go) arrive in many transport chunks of any size.
        QByteArray big(200 * 1024 + 7, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 131 + i / 251) & 0xff);
        QByteArray huge(70 * 1024, 'y');
        const QByteArray stream = frame(1, "before\n") + frame(2, big) + frame(1, {}) + frame(1, huge) + frame(2, "after\n");

        MultiplexDecoder once;
        const Frames whole = once.feed(stream);
        QCOMPARE(whole.size(), 5);
        QCOMPARE(whole.at(1).payload, big);
        QCOMPARE(whole.at(3).payload, huge);

        QRandomGenerator rng(20261127); // fixed: a failure must be reproducible
        for (int round = 0; round < 40; ++round) {
            MultiplexDecoder d;
            Frames frames;
            qsizetype pos = 0;
            // Small pieces in some rounds, big ones in others.
            const int maxPiece = (round % 4 == 0) ? 16 : (round % 4 == 1) ? 1000 : (round % 4 == 2) ? 70000 : 150000;
            while (pos < stream.size()) {
                const qsizetype n = std::min<qsizetype>(stream.size() - pos, 1 + rng.bounded(maxPiece));
                frames += d.feed(stream.mid(pos, n));
                QVERIFY(d.pendingBytes() <= qsizetype(big.size()) + 8);
                pos += n;
            }
            QCOMPARE(frames.size(), whole.size());
            for (qsizetype i = 0; i < frames.size(); ++i) {
                QCOMPARE(frames.at(i).stream, whole.at(i).stream);
                QVERIFY(frames.at(i).payload == whole.at(i).payload);
            }
            QCOMPARE(d.pendingBytes(), 0);
            QVERIFY(!d.isCorrupt());
        }
        // Cut around every boundary that matters: headers and the 64 KiB marks.
        QList<qsizetype> cuts;
        for (qsizetype b : {qsizetype(0), qsizetype(15), qsizetype(15 + 8), qsizetype(15 + 8 + 65536), qsizetype(15 + 8 + big.size())})
            for (qsizetype delta = -9; delta <= 9; ++delta)
                cuts << std::clamp<qsizetype>(b + delta, 0, stream.size());
        for (qsizetype cut : std::as_const(cuts)) {
            MultiplexDecoder d;
            const Frames frames = demuxParts({stream.left(cut), stream.mid(cut)}, d);
            QCOMPARE(frames.size(), whole.size());
            QVERIFY(frames.at(1).payload == big);
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
