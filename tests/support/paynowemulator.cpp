// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paynowemulator.h"

#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace saasodoo::test {

PaynowEmulator::~PaynowEmulator()
{
    stop();
}

QString PaynowEmulator::start(const QString &script, const Options &options)
{
    m_options = options;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(QStringLiteral("python3"),
        { script, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--integration-id"),
            options.integrationId, QStringLiteral("--integration-key"), options.integrationKey,
            QStringLiteral("--merchant-email"), options.merchantEmail, QStringLiteral("--time-scale"),
            options.timeScale });
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("The Paynow emulator did not start: %1").arg(m_process.errorString());
    QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QLatin1StringView("paynow-emulator listening on "))) {
        return QStringLiteral("The Paynow emulator printed \"%1\" instead of its address; stderr: %2")
            .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
    }
    m_baseUrl = QUrl(line.section(u' ', -1));
    return {};
}

void PaynowEmulator::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonDocument PaynowEmulator::post(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return finish(m_network.post(request, body));
}

QJsonDocument PaynowEmulator::get(const QString &path)
{
    return finish(m_network.get(QNetworkRequest(m_baseUrl.resolved(QUrl(path)))));
}

QJsonDocument PaynowEmulator::finish(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qWarning("The Paynow emulator did not answer %s", qPrintable(reply->url().toString()));
    return QJsonDocument::fromJson(reply->readAll());
}

} // namespace saasodoo::test
