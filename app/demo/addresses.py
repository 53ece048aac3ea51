"""Lithuanian postal addresses where the permit holders mostly live."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo.names import Weighted


@dataclass(frozen=True, slots=True)
class City:
    name: str
    weight: float
    # Postal codes of the town: LT- and five digits within these bounds.
    postal_range: tuple[int, int]
    streets: tuple[str, ...]


CITIES = [
    City(
        "Vilnius",
        46,
        (1100, 14260),
        (
            "Gedimino pr.",
            "Vilniaus g.",
            "Pilies g.",
            "Didžioji g.",
            "Konstitucijos pr.",
            "Ukmergės g.",
            "Žirmūnų g.",
            "Kalvarijų g.",
            "Ozo g.",
            "Laisvės pr.",
            "Justiniškių g.",
            "Šeškinės g.",
            "Antakalnio g.",
            "Savanorių pr.",
            "Naugarduko g.",
            "Gerosios Vilties g.",
            "Taikos g.",
            "Architektų g.",
            "Lazdynų g.",
            "Fabijoniškių g.",
            "Baltupio g.",
            "Dzūkų g.",
            "Kareivių g.",
            "Tuskulėnų g.",
            "Rinktinės g.",
            "Žalgirio g.",
            "Ateities g.",
            "Pilaitės pr.",
            "Perkūnkiemio g.",
            "Gabijos g.",
            "Eišiškių pl.",
            "Minsko pl.",
            "Sodų g.",
            "Kauno g.",
            "Mindaugo g.",
            "Jonažolių g.",
        ),
    ),
    City(
        "Klaipėda",
        20,
        (91100, 96300),
        (
            "Taikos pr.",
            "Minijos g.",
            "Šilutės pl.",
            "H. Manto g.",
            "Baltijos pr.",
            "Debreceno g.",
            "Statybininkų pr.",
            "Vingio g.",
            "Naikupės g.",
            "Smiltelės g.",
            "Kauno g.",
            "Pilies g.",
            "Liepų g.",
            "Tilžės g.",
            "Laukininkų g.",
            "Jūrininkų pr.",
            "Gedminų g.",
            "Mogiliovo g.",
            "Vyturio g.",
            "Poilsio g.",
        ),
    ),
    City(
        "Kaunas",
        11,
        (44100, 52480),
        (
            "Laisvės al.",
            "Savanorių pr.",
            "Vytauto pr.",
            "Pramonės pr.",
            "Baltų pr.",
            "Taikos pr.",
            "Jonavos g.",
            "Kovo 11-osios g.",
            "Partizanų g.",
            "Pašilės g.",
            "Raudondvario pl.",
            "Šiaurės pr.",
            "Vaidilutės g.",
            "Kalniečių g.",
            "Chemijos g.",
            "Gedimino g.",
            "Veiverių g.",
            "Kuršių g.",
        ),
    ),
    City(
        "Visaginas",
        7,
        (31100, 31240),
        (
            "Taikos pr.",
            "Jaunystės g.",
            "Veteranų g.",
            "Statybininkų g.",
            "Sedulinos al.",
            "Parko g.",
            "Energetikų g.",
            "Kosmoso g.",
            "Draugystės g.",
        ),
    ),
    City(
        "Šiauliai",
        4,
        (76100, 78400),
        (
            "Tilžės g.",
            "Vilniaus g.",
            "Dainų g.",
            "Gegužių g.",
            "Lyros g.",
            "Aido g.",
            "Vytauto g.",
            "Pramonės g.",
            "Ežero g.",
            "Architektų g.",
            "Varpo g.",
        ),
    ),
    City(
        "Panevėžys",
        3,
        (35100, 37420),
        (
            "Respublikos g.",
            "Kniaudiškių g.",
            "Klaipėdos g.",
            "Smėlynės g.",
            "Ukmergės g.",
            "Nemuno g.",
            "J. Basanavičiaus g.",
            "Marijonų g.",
            "Statybininkų g.",
            "Molainių g.",
        ),
    ),
    City(
        "Alytus",
        2,
        (62100, 63330),
        (
            "Naujoji g.",
            "Pulko g.",
            "Vilniaus g.",
            "Santaikos g.",
            "Jazminų g.",
            "Likiškėlių g.",
        ),
    ),
    City(
        "Druskininkai",
        1,
        (66100, 66190),
        (
            "Vilniaus al.",
            "M. K. Čiurlionio g.",
            "Veisiejų g.",
            "Gardino g.",
            "Liepų g.",
        ),
    ),
    City(
        "Elektrėnai",
        1,
        (26100, 26140),
        (
            "Draugystės g.",
            "Trakų g.",
            "Saulės g.",
            "Rungos g.",
        ),
    ),
    City(
        "Palanga",
        1,
        (100, 180),
        (
            "J. Basanavičiaus g.",
            "Vytauto g.",
            "Klaipėdos pl.",
            "Naglio g.",
            "Ganyklų g.",
        ),
    ),
    City(
        "Utena",
        1,
        (28100, 28250),
        (
            "Utenio a.",
            "Aušros g.",
            "Taikos g.",
            "Vaižganto g.",
            "Krašuonos g.",
        ),
    ),
]

# Garden communities on the edge of the cities, where some people live all year.
GARDENS = [
    ("Šilelis", "Senųjų Trakų sen.", "Trakų r.", (21100, 21420)),
    ("Ąžuolas", "Nemenčinės sen.", "Vilniaus r.", (15100, 15200)),
    ("Ramybė", "Kairių sen.", "Šiaulių r.", (81100, 81450)),
    ("Pušynas", "Dovilų sen.", "Klaipėdos r.", (95100, 95400)),
]
LINE2_NOTES = ["2 aukštas", "Įėjimas iš kiemo", "Įėjimas per arką, 2 aukštas"]

_CITIES = Weighted([(c, c.weight) for c in CITIES])


@dataclass(frozen=True, slots=True)
class Address:
    line1: str
    line2: str
    postal_code: str
    city: str


def _postal(rng: random.Random, bounds: tuple[int, int]) -> str:
    return f"LT-{rng.randint(*bounds):05d}"


def address(rng: random.Random) -> Address:
    roll = rng.random()
    if roll < 0.01:
        garden, eldership, district, bounds = rng.choice(GARDENS)
        return Address(
            f"Sodų bendrija „{garden}“, sklypas {rng.randint(1, 240)}",
            eldership,
            _postal(rng, bounds),
            district,
        )
    city = _CITIES.draw(rng)
    number = str(rng.randint(1, 120))
    if rng.random() < 0.12:
        number += rng.choice("ABCD")
    if rng.random() < 0.8:
        number += f"-{rng.randint(1, 150)}"
    line2 = rng.choice(LINE2_NOTES) if roll > 0.985 else ""
    return Address(
        f"{rng.choice(city.streets)} {number}", line2, _postal(rng, city.postal_range), city.name
    )
