"""Names, streets and cities for demo customers in NL, SE, DE, US and JP."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from desktop_app.emulator.objects.customers import address


@dataclass(frozen=True)
class Country:
    code: str
    currency: str
    locale: str
    weight: int
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[tuple[str, str, str | None], ...]  # (city, postal code pattern, state)
    phone: str  # pattern: '#' is a digit
    company_suffix: tuple[str, ...]
    tax_type: str
    tax_pattern: str
    email_domain: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country(
        "NL", "eur", "nl", 25,
        ("Daan", "Sanne", "Lotte", "Bram", "Femke", "Jeroen", "Anouk", "Thijs", "Eva", "Ruben",
         "Noor", "Sem", "Mila", "Lars", "Fleur", "Joost"),
        ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
         "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker"),
        ("Keizersgracht", "Prinsengracht", "Oudegracht", "Coolsingel", "Lange Voorhout",
         "Vismarkt", "Stationsweg", "Herengracht", "Dorpsstraat", "Kerkstraat"),
        (("Amsterdam", "10## AB", None), ("Rotterdam", "30## CD", None),
         ("Utrecht", "35## EF", None), ("Den Haag", "25## GH", None),
         ("Groningen", "97## JK", None), ("Eindhoven", "56## LM", None)),
        "+31 6 ########", ("B.V.", "Holding B.V.", "& Partners"),
        "eu_vat", "NL#########B01", ("ziggo.nl", "kpnmail.nl", "example.nl"),
    ),
    Country(
        "SE", "sek", "sv", 15,
        ("Erik", "Anna", "Lars", "Maja", "Johan", "Elsa", "Karin", "Nils", "Ingrid", "Oskar",
         "Astrid", "Björn", "Sofia", "Gustav"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
         "Persson", "Svensson", "Gustafsson", "Lindqvist", "Åberg", "Öberg", "Sjöberg"),
        ("Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan",
         "Linnégatan", "Östra Hamngatan"),
        (("Stockholm", "11# ##", None), ("Göteborg", "41# ##", None), ("Malmö", "21# ##", None),
         ("Uppsala", "75# ##", None), ("Lund", "22# ##", None)),
        "+46 70 ### ## ##", ("AB", "Handelsbolag", "Konsult AB"),
        "eu_vat", "SE##########01", ("telia.se", "bredband.se", "example.se"),
    ),
    Country(
        "DE", "eur", "de", 20,
        ("Lukas", "Hannah", "Jonas", "Lea", "Felix", "Marie", "Paul", "Sophie", "Maximilian",
         "Emma", "Jürgen", "Käthe", "Tobias", "Leonie"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Schulz", "Hoffmann", "Köhler", "Groß", "Schäfer", "Krüger"),
        ("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee",
         "Gartenweg", "Friedrichstraße", "Königsallee"),
        (("Berlin", "10###", None), ("München", "80###", None), ("Hamburg", "20###", None),
         ("Köln", "50###", None), ("Frankfurt am Main", "60###", None),
         ("Leipzig", "04###", None)),
        "+49 151 ########", ("GmbH", "GmbH & Co. KG", "UG"),
        "eu_vat", "DE#########", ("web.de", "gmx.de", "t-online.de"),
    ),
    Country(
        "US", "usd", "en", 25,
        ("James", "Mary", "Michael", "Patricia", "Robert", "Jennifer", "David", "Linda",
         "William", "Elizabeth", "Chris", "Ashley", "Daniel", "Megan"),
        ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
         "Rodriguez", "Martinez", "O'Brien", "Nguyen", "Anderson", "Taylor"),
        ("Main Street", "Oak Avenue", "Maple Drive", "Market Street", "Broadway",
         "Elm Street", "Cedar Lane", "Pine Street"),
        (("San Francisco", "941##", "CA"), ("Austin", "787##", "TX"), ("New York", "100##", "NY"),
         ("Seattle", "981##", "WA"), ("Chicago", "606##", "IL"), ("Boston", "021##", "MA"),
         ("Denver", "802##", "CO")),
        "+1 ###-###-####", ("Inc.", "LLC", "Corp."),
        "us_ein", "##-#######", ("gmail.com", "outlook.com", "example.com"),
    ),
    Country(
        "GB", "gbp", "en", 10,
        ("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Charlie",
         "Sophie", "Thomas", "Grace", "Alfie", "Poppy"),
        ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans",
         "Thomas", "Roberts", "O'Connor", "Walker", "Wright", "Hughes"),
        ("High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
         "Manor Road", "Park Avenue", "Mill Lane"),
        (("London", "EC1A #BB", None), ("Manchester", "M# #AB", None),
         ("Bristol", "BS# #AH", None), ("Edinburgh", "EH# #DA", None),
         ("Leeds", "LS# #NX", None), ("Cardiff", "CF## #RT", None)),
        "+44 7### ######", ("Ltd", "LLP", "plc"),
        "gb_vat", "GB#########", ("btinternet.com", "gmail.com", "outlook.co.uk"),
    ),
    Country(
        "JP", "jpy", "ja", 15,
        ("陽翔", "結衣", "蓮", "葵", "大和", "陽菜", "湊", "さくら", "健太", "美咲", "翔", "花子"),
        ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"),
        ("神南1-#-#", "丸の内2-#-#", "梅田3-#-#", "栄4-#-#", "天神1-#-#", "大通西#-#"),
        (("渋谷区", "150-00##", "東京都"), ("千代田区", "100-00##", "東京都"),
         ("大阪市北区", "530-00##", "大阪府"), ("名古屋市中区", "460-00##", "愛知県"),
         ("福岡市中央区", "810-00##", "福岡県"), ("札幌市中央区", "060-00##", "北海道")),
        "+81 90-####-####", ("株式会社", "合同会社"),
        "jp_trn", "T#############", ("docomo.ne.jp", "yahoo.co.jp", "example.jp"),
    ),
)  # fmt: skip

_ASCII_NAMES = {"NL", "SE", "DE", "US", "GB"}
_EMAIL_LATIN = {
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "a", "é": "e", "'": "", " ": ".",
}  # fmt: skip
_JP_LATIN = ("sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura")


def digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


_COUNTRY_CUM = list(itertools.accumulate(c.weight for c in COUNTRIES))


def pick_country(rng: random.Random) -> Country:
    return rng.choices(COUNTRIES, cum_weights=_COUNTRY_CUM)[0]


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    phone: str | None
    address: dict[str, str | None]
    business: bool


def _latin(text: str) -> str:
    out = text.lower()
    for src, dst in _EMAIL_LATIN.items():
        out = out.replace(src, dst)
    return out


def make_person(rng: random.Random, country: Country, serial: int) -> Person:
    first = rng.choice(country.first_names)
    last = rng.choice(country.last_names)
    business = rng.random() < 0.35
    if country.code == "JP":
        person_name = f"{last} {first}"
        local = f"{rng.choice(_JP_LATIN)}{serial}"
    else:
        person_name = f"{first} {last}"
        local = f"{_latin(first)}.{_latin(last)}{serial % 1000}"
    if business:
        suffix = rng.choice(country.company_suffix)
        name = f"{suffix}{last}" if country.code == "JP" else f"{last} {suffix}"
    else:
        name = person_name
    city, postal, state = rng.choice(country.cities)
    street = rng.choice(country.streets)
    line1 = digits(rng, street) if country.code == "JP" else _street_line(rng, country.code, street)
    return Person(
        name=name,
        email=f"{local}@{rng.choice(country.email_domain)}",
        phone=digits(rng, country.phone) if rng.random() < 0.7 else None,
        address=address(
            line1=line1,
            city=city,
            postal_code=digits(rng, postal),
            country=country.code,
            state=state,
        ),
        business=business,
    )


def _street_line(rng: random.Random, code: str, street: str) -> str:
    number = rng.randrange(1, 240)
    return f"{number} {street}" if code in ("US", "GB") else f"{street} {number}"


def tax_value(rng: random.Random, country: Country) -> str:
    return digits(rng, country.tax_pattern)
