#!/usr/bin/env python3
"""Converts twitter-text's conformance YAML into JSON that the Qt tests read with QJsonDocument.

usage: tests/data/twitter-text/yaml2json.py   (rewrites validate.json and extract.json beside this script)

Why JSON: the YAML files use double-quoted escapes (\\uXXXX, \\UXXXXXXXX) and block sequences that a hand-written
loader would have to get exactly right; PyYAML already does, and the JSON is committed so the build needs no Python.
"""
import json
import os

import yaml

here = os.path.dirname(os.path.abspath(__file__))
for name in ("validate", "extract"):
    data = yaml.safe_load(open(os.path.join(here, name + ".yml"), encoding="utf-8"))
    with open(os.path.join(here, name + ".json"), "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=False)
        out.write("\n")
    print(name + ".json:", {k: len(v) for k, v in data["tests"].items()})
