// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the Docker client: state and helpers shared by the files that
// implement DockerClient's methods.

#include "core/docker/dockerclient.h"
#include "core/docker/jsonconvert.h"
#include "core/docker/transport.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>

namespace saasodoo::docker {

class DockerClient::Private
{
public:
    Private(Endpoint endpoint, ClientOptions options);

    ClientOptions options;
    DockerStatus endpointStatus; // validateEndpoint(), checked before every request
    detail::Transport transport;
    mutable QMutex versionMutex;
    QString apiVersion; // guarded by versionMutex
};

namespace detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Docker", text);
}

// Builds a query string with percent-encoded values.
class Query
{
public:
    explicit Query(const char *path) : m_target(path) { }
    explicit Query(QByteArray path) : m_target(std::move(path)) { }

    Query &add(const char *key, const QString &value);
    Query &add(const char *key, const QByteArray &value);
    Query &add(const char *key, qint64 value);
    Query &addFlag(const char *key, bool value) { return add(key, QByteArray(value ? "1" : "0")); }
    QByteArray target() const { return m_target; }

private:
    QByteArray m_target;
    bool m_hasQuery = false;
};

// "/containers/<id>" with the id percent-encoded.
QByteArray objectPath(const char *collection, const QString &id, const char *suffix = "");

// A JSON object body for a filters= parameter: {"label": [...], ...}.
QByteArray filtersJson(const QMap<QByteArray, QStringList> &filters);

DockerError protocolError(const QString &operation, const QString &detail);

// Parses a JSON reply body, or explains that the reply was not JSON.
DockerResult<Json> jsonReply(const HttpResponse &response, const QString &operation);
// Parses the reply of a call, or returns the call's error when it failed.
DockerResult<Json> jsonReply(const DockerResult<HttpResponse> &response, const QString &operation);

// Returns the call's error, or success when the body is not needed.
DockerResult<void> statusOf(const DockerResult<HttpResponse> &response);

HttpRequest makeRequest(const char *method, QByteArray target);
HttpRequest makeJsonRequest(const char *method, QByteArray target, const Json &body);

} // namespace detail

} // namespace saasodoo::docker
