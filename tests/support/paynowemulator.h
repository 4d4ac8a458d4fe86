// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

class QNetworkReply;

namespace saasodoo::test {

// The local Paynow emulator (tests/paynow/emulator, Python 3) as a child
// process on a free loopback port, with its test control endpoints.
class PaynowEmulator
{
public:
    struct Options
    {
        QString integrationId = QStringLiteral("1201");
        QString integrationKey = QStringLiteral("3e9fed89-60e1-4ce5-ab6e-6b1eb2d4f977");
        QString merchantEmail = QStringLiteral("merchant@example.co.zw");
        QString timeScale = QStringLiteral("0.05");
    };

    PaynowEmulator() = default;
    ~PaynowEmulator();
    PaynowEmulator(const PaynowEmulator &) = delete;
    PaynowEmulator &operator=(const PaynowEmulator &) = delete;

    // Starts `script` and waits for its address. Returns why it failed, or
    // an empty string.
    QString start(const QString &script, const Options &options);
    // Stops the emulator with SIGTERM to its pid, then SIGKILL after 5 s.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl baseUrl() const { return m_baseUrl; }
    const Options &options() const { return m_options; }

    // Sends a form POST, or a GET, to a test control endpoint such as
    // "/_emulator/reset" and returns the JSON reply.
    QJsonDocument post(const QString &path, const QByteArray &body = QByteArray());
    QJsonDocument get(const QString &path);

private:
    QJsonDocument finish(QNetworkReply *reply);

    QProcess m_process;
    QUrl m_baseUrl;
    Options m_options;
    QNetworkAccessManager m_network;
};

} // namespace saasodoo::test
