// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/billingservice.h"
#include "core/common/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <chrono>

class QTcpSocket;

namespace saasodoo::billing {

// The HTTP receiver for Paynow's result URL. Paynow POSTs every status
// change of a transaction there as a signed form, and retries when it gets
// no 200. Each POST goes to BillingService::processResultPost, which
// verifies the hash and applies the payment exactly once, also when the
// same update arrives twice.
//
// Replies: 200 when the update was applied or was a duplicate; 400 for a
// body that is not a status update, a wrong hash, an unknown payment or
// another amount; 503 when the keychain or the catalog cannot be read, so
// that Paynow sends the update again; 405 for a method other than POST; 411 without
// Content-Length; 413 for a body over 64 KiB and 431 for a header over
// 16 KiB. Every rejection is logged as a warning in the billing category
// with the reason and the peer, and emitted as updateRejected.
//
// It speaks plain HTTP/1.1, one request per connection. Bind it to
// loopback (the default) and put a TLS reverse proxy in front of it, since
// Paynow requires an https result URL.
class PaynowResultListener final : public QObject
{
    Q_OBJECT

public:
    explicit PaynowResultListener(BillingService *service, QObject *parent = nullptr);
    ~PaynowResultListener() override;

    // Starts listening. Port 0 picks a free port, which port() then returns.
    // Fails with the address and the system's reason, such as a port in use.
    Status listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = defaultPort);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }

    // How long a client may take to send its request (10 s by default).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

    static constexpr quint16 defaultPort = 8075;
    static constexpr qsizetype maxBodySize = 64 * 1024;

signals:
    void updateApplied(const saasodoo::billing::PaymentUpdateResult &result);
    void updateRejected(const QString &reason);

private:
    void accept();
    void read(QTcpSocket *socket);
    void process(QTcpSocket *socket, const QByteArray &body);
    void reply(QTcpSocket *socket, int status, const QByteArray &reason);
    void reject(QTcpSocket *socket, int status, const QByteArray &statusText, const QString &reason);

    BillingService *m_service;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(10);
};

} // namespace saasodoo::billing
