// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The SigV4 signer against AWS's published vectors and, step by step, against
// the AWS SDK's signer (@smithy/signature-v4, run with node from tests/sigv4),
// plus request addressing and the client's checks that need no server.
#include "core/storage/s3client.h"
#include "core/storage/s3xml.h"
#include "core/storage/sigv4.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace saasodoo::storage;

namespace {

using Pairs = QList<std::pair<QString, QString>>;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

// The aws-sig-v4-test-suite's credentials, time, region and service.
const QDateTime suiteTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
const Credentials suiteCredentials { QStringLiteral("AKIDEXAMPLE"),
    QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {} };

// The examples in AWS's S3 documentation ("Signature Calculations for the
// Authorization Header" and "Query String Authentication").
const QDateTime s3DocTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
const Credentials s3DocCredentials { QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
    QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), {} };

QByteArray suiteAuthorization(const QByteArray &signedHeaders, const QByteArray &signature)
{
    return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders="
        + signedHeaders + ", Signature=" + signature;
}

// One row of the SDK comparison.
struct ComparisonCase
{
    QString name;
    QByteArray method;
    QByteArray host;
    QString path;
    Pairs query;
    Headers headers;
    QByteArray payloadHash;
    int expires = 0; // > 0: presign
};

QJsonArray pairsToJson(const QList<std::pair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &[name, value] : pairs)
        array.append(QJsonArray { name, value });
    return array;
}

QList<ComparisonCase> comparisonCases()
{
    const QByteArray host = "127.0.0.1:50967";
    const QByteArray emptyHash = SigV4Signer::emptyPayloadHash;
    const QByteArray bodyHash = QCryptographicHash::hash("hello", QCryptographicHash::Sha256).toHex();
    QList<ComparisonCase> cases;
    cases.append({ QStringLiteral("plain key"), "GET", host, QStringLiteral("/bucket/backups/db.zip"), {}, {}, emptyHash });
    cases.append({ QStringLiteral("key with spaces"), "PUT", host, QStringLiteral("/bucket/we ird/a b.txt"), {},
        { { "Content-Type", "application/zip" } }, bodyHash });
    cases.append({ QStringLiteral("key with plus and tilde"), "GET", host, QStringLiteral("/bucket/a+b~c=d&e"), {}, {},
        emptyHash });
    cases.append({ QStringLiteral("key with non-ASCII"), "PUT", host,
        QStringLiteral("/bucket/Sauvegarde été/données-ü-日本.zip"), {}, {}, "UNSIGNED-PAYLOAD" });
    cases.append({ QStringLiteral("key with reserved characters"), "GET", host,
        QStringLiteral("/bucket/a!b'c(d)e*f;g,h:i@j$k?l#m[n]o%p"), {}, {}, emptyHash });
    cases.append({ QStringLiteral("key with empty segments and dots"), "GET", host,
        QStringLiteral("/bucket/a//b/./c/../d"), {}, {}, emptyHash });
    cases.append({ QStringLiteral("create multipart upload"), "POST", host, QStringLiteral("/bucket/big file.zip"),
        { { QStringLiteral("uploads"), QString() } },
        { { "x-amz-meta-sha256", "0123abcd" }, { "Content-Type", "application/octet-stream" } }, emptyHash });
    cases.append({ QStringLiteral("upload part"), "PUT", host, QStringLiteral("/bucket/big file.zip"),
        { { QStringLiteral("uploadId"), QStringLiteral("2~abc/def+ghi=") },
            { QStringLiteral("partNumber"), QStringLiteral("1") } },
        { { "Content-MD5", "XUFAKrxLKna5cZ2REBfFkg==" } }, bodyHash });
    cases.append({ QStringLiteral("list with prefix and token"), "GET", host, QStringLiteral("/bucket"),
        { { QStringLiteral("list-type"), QStringLiteral("2") }, { QStringLiteral("prefix"), QStringLiteral("we ird/a+b/é") },
            { QStringLiteral("delimiter"), QStringLiteral("/") },
            { QStringLiteral("continuation-token"), QStringLiteral("1/abc+def==") },
            { QStringLiteral("max-keys"), QStringLiteral("1000") } },
        {}, emptyHash });
    cases.append({ QStringLiteral("header values trimmed"), "GET", host, QStringLiteral("/bucket/k"), {},
        { { "X-Amz-Meta-Note", "  two   spaces\tand tab  " }, { "Range", "bytes=0-9" } }, emptyHash });
    cases.append({ QStringLiteral("default https port"), "HEAD", "s3.eu-west-1.amazonaws.com",
        QStringLiteral("/bucket/k"), {}, {}, emptyHash });
    cases.append({ QStringLiteral("virtual-hosted"), "GET", "bucket.s3.amazonaws.com", QStringLiteral("/k ey"), {}, {},
        emptyHash });
    cases.append({ QStringLiteral("presigned GET"), "GET", host, QStringLiteral("/bucket/we ird/a+b é.zip"), {}, {}, {},
        900 });
    cases.append({ QStringLiteral("presigned PUT part"), "PUT", host, QStringLiteral("/bucket/k"),
        { { QStringLiteral("partNumber"), QStringLiteral("2") }, { QStringLiteral("uploadId"), QStringLiteral("x/y") } },
        {}, {}, 3600 });
    return cases;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void uriEncodingKeepsUnreservedOnly();
    void suiteGetVanilla();
    void suiteVectors_data();
    void suiteVectors();
    void s3DocumentationGetObject();
    void s3DocumentationPutObject();
    void s3DocumentationListObjects();
    void s3DocumentationPresignedUrl();
    void matchesSdkSigner();
    void pathStyleForCustomEndpoint();
    void virtualHostedForAwsAndOnRequest();
    void hostHeaderCarriesNonDefaultPort();
    void singlePutAboveFiveGibRejected();
    void multipartStateRoundTripsJson();
    void errorBodyParsed();
    void listObjectsV2Parsed();
};

void TestSigV4::uriEncodingKeepsUnreservedOnly()
{
    QCOMPARE(SigV4Signer::uriEncode(QStringLiteral("a b+c~d-e_f.g/h"), true), QByteArray("a%20b%2Bc~d-e_f.g/h"));
    QCOMPARE(SigV4Signer::uriEncode(QStringLiteral("a/b"), false), QByteArray("a%2Fb"));
    QCOMPARE(SigV4Signer::uriEncode(QStringLiteral("é"), false), QByteArray("%C3%A9"));
    QCOMPARE(SigV4Signer::canonicalQuery({ { QStringLiteral("uploads"), QString() } }), QByteArray("uploads="));
    QCOMPARE(SigV4Signer::canonicalQuery({ { QStringLiteral("uploadId"), QStringLiteral("a/b") },
                 { QStringLiteral("partNumber"), QStringLiteral("1") } }),
        QByteArray("partNumber=1&uploadId=a%2Fb"));
}

// aws-sig-v4-test-suite get-vanilla: get-vanilla.creq, .sts and .authz.
void TestSigV4::suiteGetVanilla()
{
    const SigV4Signer signer(suiteCredentials, QStringLiteral("us-east-1"), QStringLiteral("service"));
    SigV4Request request;
    request.host = "example.amazonaws.com";
    request.payloadHash = SigV4Signer::emptyPayloadHash;
    const SigV4Signature signature = signer.sign(request, suiteTime);

    QCOMPARE(signature.canonicalRequest,
        QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(signature.stringToSign,
        QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                   "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
    QCOMPARE(signature.authorization,
        suiteAuthorization("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
}

// More aws-sig-v4-test-suite cases, as published in awslabs/aws-c-auth's
// tests/aws-signing-test-suite/v4/<name>/header-signed-request.txt.
void TestSigV4::suiteVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Pairs>("query");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("post-vanilla") << QByteArray("POST") << QStringLiteral("/") << Pairs() << Headers()
                                  << QByteArray("host;x-amz-date")
                                  << QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    QTest::newRow("get-vanilla-query-order-key-case")
        << QByteArray("GET") << QStringLiteral("/")
        << Pairs { { QStringLiteral("Param2"), QStringLiteral("value2") },
               { QStringLiteral("Param1"), QStringLiteral("value1") } }
        << Headers() << QByteArray("host;x-amz-date")
        << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    QTest::newRow("get-vanilla-empty-query-key")
        << QByteArray("GET") << QStringLiteral("/") << Pairs { { QStringLiteral("Param1"), QStringLiteral("value1") } }
        << Headers() << QByteArray("host;x-amz-date")
        << QByteArray("a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb");
    QTest::newRow("get-unreserved") << QByteArray("GET")
                                    << QStringLiteral("/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
                                    << Pairs() << Headers() << QByteArray("host;x-amz-date")
                                    << QByteArray("07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f");
    QTest::newRow("get-utf8") << QByteArray("GET") << QStringLiteral("/\u1234") << Pairs() << Headers()
                              << QByteArray("host;x-amz-date")
                              << QByteArray("8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85");
    QTest::newRow("get-space-unnormalized")
        << QByteArray("GET") << QStringLiteral("/example space/") << Pairs() << Headers()
        << QByteArray("host;x-amz-date")
        << QByteArray("652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741");
    QTest::newRow("get-vanilla-utf8-query")
        << QByteArray("GET") << QStringLiteral("/") << Pairs { { QStringLiteral("\u1234"), QStringLiteral("bar") } }
        << Headers() << QByteArray("host;x-amz-date")
        << QByteArray("2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04");
    QTest::newRow("get-header-value-trim")
        << QByteArray("GET") << QStringLiteral("/") << Pairs()
        << Headers { { "My-Header1", " value1" }, { "My-Header2", " \"a   b   c\"" } }
        << QByteArray("host;my-header1;my-header2;x-amz-date")
        << QByteArray("acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
}

void TestSigV4::suiteVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(Pairs, query);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, signature);

    const SigV4Signer signer(suiteCredentials, QStringLiteral("us-east-1"), QStringLiteral("service"));
    SigV4Request request;
    request.method = method;
    request.host = "example.amazonaws.com";
    request.path = path;
    request.query = query;
    request.headers = headers;
    request.payloadHash = SigV4Signer::emptyPayloadHash;
    QCOMPARE(signer.sign(request, suiteTime).authorization, suiteAuthorization(signedHeaders, signature));
}

void TestSigV4::s3DocumentationGetObject()
{
    const SigV4Signer signer(s3DocCredentials, QStringLiteral("us-east-1"));
    SigV4Request request;
    request.host = "examplebucket.s3.amazonaws.com";
    request.path = QStringLiteral("/test.txt");
    request.payloadHash = SigV4Signer::emptyPayloadHash;
    request.headers = { { "Range", "bytes=0-9" }, { "x-amz-content-sha256", SigV4Signer::emptyPayloadHash } };
    const SigV4Signature signature = signer.sign(request, s3DocTime);
    QCOMPARE(signature.stringToSign,
        QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                   "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    QCOMPARE(signature.signedHeaders, QByteArray("host;range;x-amz-content-sha256;x-amz-date"));
    QCOMPARE(signature.signature, QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

void TestSigV4::s3DocumentationPutObject()
{
    const SigV4Signer signer(s3DocCredentials, QStringLiteral("us-east-1"));
    const QByteArray payloadHash = QCryptographicHash::hash("Welcome to Amazon S3.", QCryptographicHash::Sha256).toHex();
    QCOMPARE(payloadHash, QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
    SigV4Request request;
    request.method = "PUT";
    request.host = "examplebucket.s3.amazonaws.com";
    request.path = QStringLiteral("/test$file.text");
    request.payloadHash = payloadHash;
    request.headers = { { "Date", "Fri, 24 May 2013 00:00:00 GMT" }, { "x-amz-storage-class", "REDUCED_REDUNDANCY" },
        { "x-amz-content-sha256", payloadHash } };
    const SigV4Signature signature = signer.sign(request, s3DocTime);
    QCOMPARE(signature.signedHeaders, QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class"));
    QCOMPARE(signature.signature, QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
}

void TestSigV4::s3DocumentationListObjects()
{
    const SigV4Signer signer(s3DocCredentials, QStringLiteral("us-east-1"));
    SigV4Request request;
    request.host = "examplebucket.s3.amazonaws.com";
    request.query = { { QStringLiteral("prefix"), QStringLiteral("J") }, { QStringLiteral("max-keys"), QStringLiteral("2") } };
    request.payloadHash = SigV4Signer::emptyPayloadHash;
    request.headers = { { "x-amz-content-sha256", SigV4Signer::emptyPayloadHash } };
    QCOMPARE(signer.sign(request, s3DocTime).signature,
        QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"));
}

void TestSigV4::s3DocumentationPresignedUrl()
{
    const SigV4Signer signer(s3DocCredentials, QStringLiteral("us-east-1"));
    SigV4Request request;
    request.host = "examplebucket.s3.amazonaws.com";
    request.path = QStringLiteral("/test.txt");
    const SigV4Signature signature = signer.presign(request, s3DocTime, std::chrono::seconds(86400));
    QCOMPARE(signature.presignedQuery,
        QByteArray("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2F"
                   "aws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-"
                   "Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
}

void TestSigV4::matchesSdkSigner()
{
    const QString folder = QStringLiteral(SAASODOO_SIGV4_DIR);
    if (!QFileInfo::exists(folder + QStringLiteral("/node_modules/@smithy/signature-v4")))
        QFAIL(qPrintable(QStringLiteral("The AWS SDK signer is not installed: run `npm ci` in %1 (scripts/setup does).")
                             .arg(folder)));

    // '@' in both, and '/' in the secret as in many AWS secret keys.
    const Credentials credentials { QStringLiteral("saasodoo+test~key@odd"), QStringLiteral("s3cr3t/with+chars@=="), {} };
    const QDateTime time(QDate(2026, 12, 4), QTime(9, 30, 15), Qt::UTC);
    const QList<ComparisonCase> cases = comparisonCases();
    QJsonArray specs;
    for (const ComparisonCase &row : cases) {
        Pairs headers;
        for (const auto &[name, value] : row.headers)
            headers.append({ QString::fromLatin1(name), QString::fromLatin1(value) });
        QJsonObject spec { { QStringLiteral("name"), row.name }, { QStringLiteral("method"), QString::fromLatin1(row.method) },
            { QStringLiteral("host"), QString::fromLatin1(row.host) }, { QStringLiteral("path"), row.path },
            { QStringLiteral("query"), pairsToJson(row.query) }, { QStringLiteral("headers"), pairsToJson(headers) },
            { QStringLiteral("payloadHash"), QString::fromLatin1(row.payloadHash) },
            { QStringLiteral("accessKey"), credentials.accessKey }, { QStringLiteral("secretKey"), credentials.secretKey },
            { QStringLiteral("region"), QStringLiteral("us-east-1") }, { QStringLiteral("service"), QStringLiteral("s3") },
            { QStringLiteral("time"), time.toString(Qt::ISODate) } };
        if (row.expires > 0)
            spec.insert(QStringLiteral("expires"), row.expires);
        specs.append(spec);
    }

    QProcess node;
    node.setWorkingDirectory(folder);
    node.start(QStringLiteral("node"), { QStringLiteral("sign.js") });
    QVERIFY2(node.waitForStarted(10000), qPrintable(QStringLiteral("node did not start: %1").arg(node.errorString())));
    node.write(QJsonDocument(specs).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    QVERIFY2(node.waitForFinished(60000), "node sign.js did not finish within 60 s");
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    QCOMPARE(results.size(), cases.size());

    const SigV4Signer signer(credentials, QStringLiteral("us-east-1"));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const ComparisonCase &row = cases[i];
        const QJsonObject expected = results[i].toObject();
        SigV4Request request;
        request.method = row.method;
        request.host = row.host;
        request.path = row.path;
        request.query = row.query;
        request.headers = row.headers;
        request.payloadHash = row.payloadHash;
        if (row.expires == 0 && !row.payloadHash.isEmpty())
            request.headers.append({ "x-amz-content-sha256", row.payloadHash });
        const SigV4Signature ours = row.expires > 0
            ? signer.presign(request, time, std::chrono::seconds(row.expires))
            : signer.sign(request, time);

        const QByteArray label = row.name.toUtf8();
        const QByteArray sdkCanonical = expected.value(QStringLiteral("canonicalRequest")).toString().toUtf8();
        const QByteArray explanation = label + "\nours:\n" + ours.canonicalRequest + "\nSDK:\n" + sdkCanonical;
        QVERIFY2(ours.canonicalRequest == sdkCanonical, explanation.constData());
        QVERIFY2(ours.stringToSign == expected.value(QStringLiteral("stringToSign")).toString().toUtf8(), label.constData());
        QVERIFY2(ours.signature == expected.value(QStringLiteral("signature")).toString().toUtf8(), label.constData());
        if (row.expires == 0) {
            QVERIFY2(ours.authorization == expected.value(QStringLiteral("authorization")).toString().toUtf8(),
                label.constData());
        }
    }
}

void TestSigV4::pathStyleForCustomEndpoint()
{
    S3Config config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9000"));
    config.bucket = QStringLiteral("odoo-backups");
    const S3Client client(config);
    QVERIFY(!client.usesVirtualHostedStyle());
    const RequestTarget target = client.target(QStringLiteral("we ird/a b+c.txt"));
    QCOMPARE(target.url, QByteArray("http://127.0.0.1:9000/odoo-backups/we%20ird/a%20b%2Bc.txt"));
    QCOMPARE(target.host, QByteArray("127.0.0.1:9000"));
    QCOMPARE(target.path, QStringLiteral("/odoo-backups/we ird/a b+c.txt"));
    const RequestTarget upload = client.target(QStringLiteral("k"), { { QStringLiteral("uploads"), QString() } });
    QCOMPARE(upload.url, QByteArray("http://127.0.0.1:9000/odoo-backups/k?uploads="));
}

void TestSigV4::virtualHostedForAwsAndOnRequest()
{
    S3Config aws;
    aws.region = QStringLiteral("eu-west-1");
    aws.bucket = QStringLiteral("odoo-backups");
    const S3Client awsClient(aws);
    QVERIFY(awsClient.usesVirtualHostedStyle());
    const RequestTarget awsTarget = awsClient.target(QStringLiteral("a b.zip"));
    QCOMPARE(awsTarget.url, QByteArray("https://odoo-backups.s3.eu-west-1.amazonaws.com/a%20b.zip"));
    QCOMPARE(awsTarget.host, QByteArray("odoo-backups.s3.eu-west-1.amazonaws.com"));
    QCOMPARE(awsTarget.path, QStringLiteral("/a b.zip"));
    QCOMPARE(awsClient.target(QString()).url, QByteArray("https://odoo-backups.s3.eu-west-1.amazonaws.com/"));

    // A dotted bucket name would not match AWS's wildcard certificate.
    aws.bucket = QStringLiteral("odoo.backups");
    QVERIFY(!S3Client(aws).usesVirtualHostedStyle());

    S3Config custom;
    custom.endpoint = QUrl(QStringLiteral("https://minio.example.test:30030"));
    custom.bucket = QStringLiteral("odoo-backups");
    custom.addressing = AddressingStyle::VirtualHosted;
    const S3Client customClient(custom);
    const RequestTarget target = customClient.target(QStringLiteral("k"));
    QCOMPARE(target.url, QByteArray("https://odoo-backups.minio.example.test:30030/k"));
    QCOMPARE(target.host, QByteArray("odoo-backups.minio.example.test:30030"));
}

void TestSigV4::hostHeaderCarriesNonDefaultPort()
{
    S3Config config;
    config.bucket = QStringLiteral("b");
    config.addressing = AddressingStyle::Path;
    config.endpoint = QUrl(QStringLiteral("https://minio.example.test:443"));
    QCOMPARE(S3Client(config).target(QStringLiteral("k")).host, QByteArray("minio.example.test"));
    config.endpoint = QUrl(QStringLiteral("http://minio.example.test:80"));
    QCOMPARE(S3Client(config).target(QStringLiteral("k")).host, QByteArray("minio.example.test"));
    config.endpoint = QUrl(QStringLiteral("http://minio.example.test:443"));
    QCOMPARE(S3Client(config).target(QStringLiteral("k")).host, QByteArray("minio.example.test:443"));
    config.endpoint = QUrl(QStringLiteral("http://[::1]:9000"));
    QCOMPARE(S3Client(config).target(QStringLiteral("k")).host, QByteArray("[::1]:9000"));
}

void TestSigV4::singlePutAboveFiveGibRejected()
{
    S3Config config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.bucket = QStringLiteral("b");
    S3Client client(config);
    QBuffer source;
    source.open(QIODevice::ReadOnly);
    const saasodoo::Status status = client.putObject(QStringLiteral("huge"), &source, 5LL * 1024 * 1024 * 1024 + 1);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QLatin1String("5 GiB")), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("multipart")), qPrintable(status.error()));
}

void TestSigV4::multipartStateRoundTripsJson()
{
    MultipartState state;
    state.key = QStringLiteral("a b/é.zip");
    state.uploadId = QStringLiteral("2~xyz");
    state.totalSize = 12LL * 1024 * 1024 * 1024;
    state.partSize = 64LL * 1024 * 1024;
    state.sha256 = "00ff";
    state.parts = { { 1, state.partSize, "5d41402abc4b2a76b9719d911017c592" } };
    const std::optional<MultipartState> copy = MultipartState::fromJson(state.toJson());
    QVERIFY(copy.has_value());
    QCOMPARE(copy->key, state.key);
    QCOMPARE(copy->uploadId, state.uploadId);
    QCOMPARE(copy->totalSize, state.totalSize);
    QCOMPARE(copy->partSize, state.partSize);
    QCOMPARE(copy->sha256, state.sha256);
    QCOMPARE(copy->parts.size(), 1);
    QCOMPARE(copy->parts[0].etag, state.parts[0].etag);
    QVERIFY(!MultipartState::fromJson("{}").has_value());
}

void TestSigV4::errorBodyParsed()
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>RequestTimeTooSkewed</Code>"
                            "<Message>The difference between the request time and the server's time is too large."
                            "</Message><RequestTime>20261204T100000Z</RequestTime>"
                            "<ServerTime>2026-12-04T09:40:00Z</ServerTime><RequestId>4442587FB7D0A2F9</RequestId></Error>";
    const std::optional<detail::S3ErrorBody> error = detail::parseErrorBody(body);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, QStringLiteral("RequestTimeTooSkewed"));
    QVERIFY(error->message.startsWith(QLatin1String("The difference")));
    QCOMPARE(error->requestId, QStringLiteral("4442587FB7D0A2F9"));
    QCOMPARE(error->serverTime, QDateTime(QDate(2026, 12, 4), QTime(9, 40), Qt::UTC));
    QVERIFY(!detail::parseErrorBody("<ListBucketResult/>").has_value());
    QVERIFY(!detail::parseErrorBody("not xml").has_value());
}

void TestSigV4::listObjectsV2Parsed()
{
    const QByteArray body = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
                            "<IsTruncated>true</IsTruncated><NextContinuationToken>tok/1=</NextContinuationToken>"
                            "<Contents><Key>we ird/a b+c &amp; d.txt</Key><Size>17</Size>"
                            "<ETag>&quot;abc&quot;</ETag><LastModified>2026-12-04T09:40:00.000Z</LastModified></Contents>"
                            "<CommonPrefixes><Prefix>dir/</Prefix></CommonPrefixes></ListBucketResult>";
    const std::optional<ListPage> page = detail::parseListObjectsV2(body);
    QVERIFY(page.has_value());
    QVERIFY(page->truncated);
    QCOMPARE(page->nextContinuationToken, QStringLiteral("tok/1="));
    QCOMPARE(page->objects.size(), 1);
    QCOMPARE(page->objects[0].key, QStringLiteral("we ird/a b+c & d.txt"));
    QCOMPARE(page->objects[0].size, 17);
    QCOMPARE(page->objects[0].etag, QByteArray("abc"));
    QCOMPARE(page->commonPrefixes, QStringList { QStringLiteral("dir/") });
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
