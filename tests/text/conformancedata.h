#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Reads one section of twitter-text's conformance data (tests/data/twitter-text/*.json, converted from the
// YAML by yaml2json.py there).
QJsonArray conformanceSection(const QString &file, const QString &section);
