// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the Docker client: conversions between the typed structs and
// the Engine API's JSON. nlohmann_json stays out of the public headers.

#include "core/docker/types.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace saasodoo::docker::detail {

using Json = nlohmann::json;

// Parses `body`; returns nullopt when it is not JSON.
std::optional<Json> parseJson(const QByteArray &body);
std::optional<Json> parseJson(QByteArrayView body);

QString stringValue(const Json &object, const char *key);
qint64 integerValue(const Json &object, const char *key);
bool boolValue(const Json &object, const char *key);
QStringList stringList(const Json &object, const char *key);
QMap<QString, QString> stringMap(const Json &object, const char *key);
// Parses an RFC 3339 time with up to nanoseconds; Go's zero time gives an invalid QDateTime.
QDateTime timeValue(const Json &object, const char *key);
std::string toStd(const QString &text);

Json containerSpecToJson(const ContainerSpec &spec);
Json containerUpdateToJson(const ContainerUpdate &update);
Json execSpecToJson(const ExecSpec &spec);
Json eventFilterToJson(const EventFilter &filter);

VersionInfo parseVersion(const Json &json);
SystemInfo parseSystemInfo(const Json &json);
ImageSummary parseImageSummary(const Json &json);
ImageInfo parseImageInfo(const Json &json);
ContainerInfo parseContainerInfo(const Json &json);
ContainerSummary parseContainerSummary(const Json &json);
StatsSample parseStats(const Json &json);
Event parseEvent(const Json &json);
VolumeInfo parseVolume(const Json &json);
NetworkInfo parseNetwork(const Json &json);
PathStat parsePathStat(const Json &json);

} // namespace saasodoo::docker::detail
