#!/usr/bin/env python3
"""Derives the TLD lists the URL extractor needs from twitter-text's conformance/tlds.yml.

usage: resources/data/gentlds.py PATH/TO/tlds.yml   (writes tlds-generic.txt and tlds-country.txt beside this script)

Order is kept as in tlds.yml: it is the order of twitter-text's own TLD alternation (longest names before their
prefixes), which decides which TLD a backtracking match settles on.
"""
import os
import sys

import yaml

here = os.path.dirname(os.path.abspath(__file__))
tests = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["tests"]
for kind in ("generic", "country"):
    names = [case["text"].split(".", 1)[1] for case in tests[kind]]
    with open(os.path.join(here, f"tlds-{kind}.txt"), "w", encoding="utf-8") as out:
        out.write("".join(name + "\n" for name in names))
    print(f"tlds-{kind}.txt: {len(names)} names")
