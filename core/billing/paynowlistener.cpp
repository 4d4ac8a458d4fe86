// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowlistener.h"

#include "core/common/logging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace saasodoo::billing {

namespace {

constexpr qsizetype maxHeaderSize = 16 * 1024;

QString peerName(const QTcpSocket *socket)
{
    return QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

} // namespace

PaynowResultListener::PaynowResultListener(BillingService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PaynowResultListener::accept);
}

PaynowResultListener::~PaynowResultListener() = default;

Status PaynowResultListener::listen(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return makeError(tr("The address to receive Paynow status updates on is invalid."));
    if (!m_server.listen(address, port)) {
        return makeError(tr("Could not listen for Paynow status updates on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(m_server.errorString()));
    }
    qCInfo(lcBilling).noquote() << "listening for Paynow status updates on" << address.toString() << m_server.serverPort();
    return {};
}

void PaynowResultListener::close()
{
    m_server.close();
}

void PaynowResultListener::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A client that never finishes its request does not hold a socket.
        QTimer::singleShot(m_requestTimeout, socket, [this, socket]() {
            if (m_buffers.contains(socket)) {
                qCWarning(lcBilling).noquote() << "Paynow result request from" << peerName(socket)
                                               << "timed out before it was complete";
                m_buffers.remove(socket);
                socket->abort();
            }
        });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void PaynowResultListener::read(QTcpSocket *socket)
{
    auto buffered = m_buffers.find(socket);
    if (buffered == m_buffers.end())
        return; // answered already
    QByteArray &buffer = *buffered;
    buffer.append(socket->readAll());

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxHeaderSize)
            reject(socket, 431, "Request Header Fields Too Large", tr("the request header is over 16 KiB"));
        return;
    }
    const QList<QByteArray> lines = buffer.first(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reject(socket, 400, "Bad Request", tr("the request line is not HTTP/1.x"));
        return;
    }
    if (requestLine.at(0) != "POST") {
        reject(socket, 405, "Method Not Allowed",
            tr("method %1 instead of POST").arg(QString::fromLatin1(requestLine.at(0))));
        return;
    }
    std::optional<qsizetype> contentLength;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qsizetype length = value.toLongLong(&ok);
            if (ok && length >= 0)
                contentLength = length;
        } else if (name == "transfer-encoding") {
            reject(socket, 411, "Length Required", tr("a chunked body instead of Content-Length"));
            return;
        }
    }
    if (!contentLength) {
        reject(socket, 411, "Length Required", tr("no valid Content-Length"));
        return;
    }
    if (*contentLength > maxBodySize) {
        reject(socket, 413, "Content Too Large", tr("a body of %1 bytes, over the 64 KiB limit").arg(*contentLength));
        return;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() < bodyStart + *contentLength)
        return; // wait for the rest of the body
    const QByteArray body = buffer.mid(bodyStart, *contentLength);
    m_buffers.remove(socket);
    process(socket, body);
}

void PaynowResultListener::process(QTcpSocket *socket, const QByteArray &body)
{
    QPointer<QTcpSocket> guarded(socket);
    const QString peer = peerName(socket);
    m_service->processResultPost(body).then(this, [this, guarded, peer](const ResultPostOutcome &outcome) {
        const Result<PaymentUpdateResult> &result = outcome.result;
        if (!result && outcome.temporary) {
            // 503 makes Paynow send the update again later, when the
            // keychain or the catalog may be back.
            qCWarning(lcBilling).noquote()
                << QStringLiteral("could not apply a Paynow status update from %1, answered 503 so that Paynow "
                                  "retries: %2")
                       .arg(peer, result.error());
            emit updateRejected(result.error());
            if (guarded)
                reply(guarded, 503, "Service Unavailable");
            return;
        }
        if (!result) {
            qCWarning(lcBilling).noquote()
                << QStringLiteral("rejected a Paynow status update from %1: %2").arg(peer, result.error());
            emit updateRejected(result.error());
            if (guarded)
                reply(guarded, 400, "Bad Request");
            return;
        }
        qCInfo(lcBilling).noquote() << QStringLiteral("Paynow status update from %1 for payment %2: %3%4")
                                           .arg(peer, result->payment.reference, result->payment.paynowStatus,
                                               result->invoiceSettled ? QStringLiteral(" (invoice settled)")
                                                                      : QString());
        emit updateApplied(result.value());
        // The update is stored even when the client has gone; Paynow then
        // sends it again and it counts as a duplicate.
        if (guarded)
            reply(guarded, 200, "OK");
    });
}

void PaynowResultListener::reply(QTcpSocket *socket, int status, const QByteArray &reason)
{
    QByteArray text = reason;
    text.append("\r\n");
    QByteArray response("HTTP/1.1 ");
    response.append(QByteArray::number(status)).append(' ').append(reason);
    response.append("\r\nContent-Type: text/plain\r\nContent-Length: ").append(QByteArray::number(text.size()));
    response.append("\r\nConnection: close\r\n\r\n").append(text);
    socket->write(response);
    socket->disconnectFromHost();
}

void PaynowResultListener::reject(QTcpSocket *socket, int status, const QByteArray &statusText, const QString &reason)
{
    qCWarning(lcBilling).noquote()
        << QStringLiteral("rejected a request to the Paynow result URL from %1: %2").arg(peerName(socket), reason);
    emit updateRejected(reason);
    m_buffers.remove(socket);
    reply(socket, status, statusText);
}

} // namespace saasodoo::billing
