"""Names for the synthetic population, in the forms their passports give.

Russian surnames come from Faker's ru_RU lists (ordered by frequency);
Faker has no Belarusian locale, so Belarusian names are listed here with the
Russian form of the same name, as a Belarusian passport prints both.
Given names are the common ones of the generations born 1940-2005.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate

from faker.providers.person.ru_RU import Provider as RussianNames

from app.demo.romanise import belarusian, russian

# (Belarusian, Russian, relative frequency)
BELARUSIAN_MALE = [
    ("Аляксандр", "Александр", 12),
    ("Сяргей", "Сергей", 11),
    ("Дзмітрый", "Дмитрий", 9),
    ("Андрэй", "Андрей", 9),
    ("Аляксей", "Алексей", 7),
    ("Уладзімір", "Владимир", 7),
    ("Мікалай", "Николай", 5),
    ("Віктар", "Виктор", 5),
    ("Юрый", "Юрий", 5),
    ("Павел", "Павел", 4),
    ("Ігар", "Игорь", 5),
    ("Алег", "Олег", 4),
    ("Яўген", "Евгений", 5),
    ("Максім", "Максим", 4),
    ("Міхаіл", "Михаил", 4),
    ("Вадзім", "Вадим", 3),
    ("Васіль", "Василий", 3),
    ("Вячаслаў", "Вячеслав", 3),
    ("Станіслаў", "Станислав", 2),
    ("Генадзь", "Геннадий", 2),
    ("Анатоль", "Анатолий", 2),
    ("Валерый", "Валерий", 2),
    ("Раман", "Роман", 3),
    ("Арцём", "Артём", 3),
    ("Кірыл", "Кирилл", 2),
    ("Іван", "Иван", 3),
    ("Пятро", "Пётр", 1),
    ("Ягор", "Егор", 2),
    ("Антон", "Антон", 2),
    ("Руслан", "Руслан", 2),
    ("Дзяніс", "Денис", 3),
    ("Канстанцін", "Константин", 2),
    ("Леанід", "Леонид", 2),
    ("Уладзіслаў", "Владислав", 2),
    ("Ілья", "Илья", 2),
    ("Цімафей", "Тимофей", 1),
    ("Мацвей", "Матвей", 1),
    ("Глеб", "Глеб", 1),
    ("Ян", "Ян", 1),
    ("Францішак", "Франц", 1),
]
BELARUSIAN_FEMALE = [
    ("Вольга", "Ольга", 9),
    ("Таццяна", "Татьяна", 10),
    ("Наталля", "Наталья", 9),
    ("Алена", "Елена", 10),
    ("Ірына", "Ирина", 8),
    ("Святлана", "Светлана", 8),
    ("Марыя", "Мария", 4),
    ("Ганна", "Анна", 5),
    ("Юлія", "Юлия", 5),
    ("Кацярына", "Екатерина", 5),
    ("Людміла", "Людмила", 4),
    ("Галіна", "Галина", 3),
    ("Вераніка", "Вероника", 3),
    ("Крысціна", "Кристина", 3),
    ("Аксана", "Оксана", 3),
    ("Надзея", "Надежда", 3),
    ("Лізавета", "Елизавета", 2),
    ("Дар'я", "Дарья", 3),
    ("Анастасія", "Анастасия", 4),
    ("Яўгенія", "Евгения", 2),
    ("Валянціна", "Валентина", 3),
    ("Тамара", "Тамара", 2),
    ("Інэса", "Инесса", 1),
    ("Ала", "Алла", 1),
    ("Аліна", "Алина", 2),
    ("Жанна", "Жанна", 2),
    ("Вікторыя", "Виктория", 3),
    ("Маргарыта", "Маргарита", 2),
    ("Любоў", "Любовь", 2),
    ("Ларыса", "Лариса", 2),
    ("Ксенія", "Ксения", 2),
    ("Паліна", "Полина", 2),
    ("Сафія", "София", 1),
    ("Зінаіда", "Зинаида", 1),
]
# Masculine forms (Belarusian, Russian); feminine forms follow the rules below.
BELARUSIAN_SURNAMES = [
    ("Іваноў", "Иванов"),
    ("Кавалёў", "Ковалёв"),
    ("Новік", "Новик"),
    ("Мельнік", "Мельник"),
    ("Кавальчук", "Ковальчук"),
    ("Лукашэвіч", "Лукашевич"),
    ("Шыманскі", "Шиманский"),
    ("Якімовіч", "Якимович"),
    ("Барысевіч", "Борисевич"),
    ("Навіцкі", "Новицкий"),
    ("Савіцкі", "Савицкий"),
    ("Крывіцкі", "Кривицкий"),
    ("Ганчарук", "Гончарук"),
    ("Дашкевіч", "Дашкевич"),
    ("Жук", "Жук"),
    ("Бондар", "Бондарь"),
    ("Кузьміч", "Кузьмич"),
    ("Сянкевіч", "Сенкевич"),
    ("Статкевіч", "Статкевич"),
    ("Лапіцкі", "Лапицкий"),
    ("Пашкевіч", "Пашкевич"),
    ("Васілеўскі", "Василевский"),
    ("Макарэвіч", "Макаревич"),
    ("Грыгаровіч", "Григорович"),
    ("Гурыновіч", "Гуринович"),
    ("Карповіч", "Карпович"),
    ("Ярашэвіч", "Ярошевич"),
    ("Лагвіновіч", "Логвинович"),
    ("Зайцаў", "Зайцев"),
    ("Міхайлаў", "Михайлов"),
    ("Пятровіч", "Петрович"),
    ("Сідарэнка", "Сидоренко"),
    ("Клімовіч", "Климович"),
    ("Казлоў", "Козлов"),
    ("Марозаў", "Морозов"),
    ("Волкаў", "Волков"),
    ("Сакалоў", "Соколов"),
    ("Кісялёў", "Киселёв"),
    ("Ждановіч", "Жданович"),
    ("Мацкевіч", "Мацкевич"),
    ("Шпакоўскі", "Шпаковский"),
    ("Бабарыка", "Бабарико"),
    ("Радзевіч", "Радевич"),
    ("Цішкевіч", "Тишкевич"),
    ("Каралёў", "Королёв"),
    ("Лявонаў", "Леонов"),
    ("Шаўцоў", "Шевцов"),
    ("Дубовік", "Дубовик"),
    ("Сямашка", "Семашко"),
    ("Кулеш", "Кулеш"),
    ("Латушка", "Латушко"),
    ("Мароз", "Мороз"),
    ("Левановіч", "Леванович"),
    ("Хмяльніцкі", "Хмельницкий"),
    ("Жукоўскі", "Жуковский"),
    ("Бурак", "Бурак"),
    ("Гаўрылюк", "Гаврилюк"),
    ("Сцяпанаў", "Степанов"),
    ("Ільюшчанка", "Ильющенко"),
    ("Рабчэўскі", "Рябчевский"),
    ("Пракаповіч", "Прокопович"),
    ("Цыбульскі", "Цибульский"),
    ("Лісоўскі", "Лисовский"),
    ("Вішнеўскі", "Вишневский"),
    ("Юрэвіч", "Юревич"),
    ("Манкевіч", "Манкевич"),
    ("Шымановіч", "Шиманович"),
    ("Вераб'ёў", "Воробьёв"),
]
# Common modern Russian given names and their relative frequency; rarer names come
# from Faker's full list.
RUSSIAN_MALE = [
    ("Александр", 12),
    ("Сергей", 11),
    ("Дмитрий", 9),
    ("Андрей", 9),
    ("Алексей", 8),
    ("Владимир", 7),
    ("Николай", 5),
    ("Виктор", 5),
    ("Юрий", 5),
    ("Михаил", 5),
    ("Евгений", 5),
    ("Игорь", 5),
    ("Олег", 4),
    ("Максим", 4),
    ("Павел", 4),
    ("Иван", 4),
    ("Роман", 3),
    ("Артём", 3),
    ("Денис", 3),
    ("Вадим", 3),
    ("Константин", 3),
    ("Владислав", 2),
    ("Кирилл", 2),
    ("Никита", 2),
    ("Антон", 2),
    ("Станислав", 2),
    ("Геннадий", 2),
    ("Анатолий", 2),
    ("Валерий", 2),
    ("Борис", 2),
    ("Илья", 2),
    ("Григорий", 1),
    ("Тимофей", 1),
    ("Егор", 1),
    ("Вячеслав", 2),
    ("Леонид", 1),
]
RUSSIAN_FEMALE = [
    ("Елена", 10),
    ("Татьяна", 10),
    ("Ольга", 9),
    ("Наталья", 9),
    ("Ирина", 8),
    ("Светлана", 7),
    ("Анна", 6),
    ("Екатерина", 6),
    ("Мария", 5),
    ("Юлия", 5),
    ("Анастасия", 4),
    ("Людмила", 4),
    ("Марина", 4),
    ("Галина", 3),
    ("Валентина", 3),
    ("Оксана", 3),
    ("Надежда", 3),
    ("Дарья", 3),
    ("Виктория", 3),
    ("Ксения", 2),
    ("Вероника", 2),
    ("Кристина", 2),
    ("Лариса", 2),
    ("Алина", 2),
    ("Нина", 2),
    ("Евгения", 2),
    ("Любовь", 2),
    ("Вера", 2),
    ("Полина", 2),
    ("Тамара", 1),
]
RARE_NAME_SHARE = 0.04


def feminine_belarusian(surname: str) -> str:
    if surname.endswith(("скі", "цкі")):
        return surname[:-1] + "ая"
    if surname.endswith("ў"):
        return surname[:-1] + "ва"
    if surname.endswith("ін"):
        return surname + "а"
    return surname


def feminine_russian(surname: str) -> str:
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    return surname


@dataclass(frozen=True, slots=True)
class Name:
    surname: str
    given_names: str
    surname_native: str
    given_names_native: str


class Weighted[T]:
    """Draws from a list with relative weights."""

    def __init__(self, items: list[tuple[T, float]]) -> None:
        self.items = [item for item, _ in items]
        self.cumulative = list(accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]
        self.last = len(self.items) - 1

    def draw(self, rng: random.Random) -> T:
        # As random.choices with cum_weights, without its per-call set-up.
        return self.items[bisect(self.cumulative, rng.random() * self.total, 0, self.last)]


def _zipf(items: tuple[str, ...]) -> list[tuple[str, float]]:
    return [(item, 1.0 / (rank + 10)) for rank, item in enumerate(items)]


_BY_MALE = Weighted([((b, r), w) for b, r, w in BELARUSIAN_MALE])
_BY_FEMALE = Weighted([((b, r), w) for b, r, w in BELARUSIAN_FEMALE])
_RU_MALE = Weighted([(n, w) for n, w in RUSSIAN_MALE])
_RU_FEMALE = Weighted([(n, w) for n, w in RUSSIAN_FEMALE])
_RU_SURNAMES = Weighted(_zipf(RussianNames.last_names_male))


def belarusian_citizen(rng: random.Random, female: bool) -> Name:
    """Latin from the Belarusian form; the registry's native script holds the Belarusian
    or the Russian line of the passport, as the holder gave it."""
    be_surname, ru_surname = rng.choice(BELARUSIAN_SURNAMES)
    be_given, ru_given = (_BY_FEMALE if female else _BY_MALE).draw(rng)
    if female:
        be_surname, ru_surname = feminine_belarusian(be_surname), feminine_russian(ru_surname)
    native_surname, native_given = (
        (be_surname, be_given) if rng.random() < 0.55 else (ru_surname, ru_given)
    )
    return Name(belarusian(be_surname), belarusian(be_given), native_surname, native_given)


def russian_citizen(rng: random.Random, female: bool) -> Name:
    surname = _RU_SURNAMES.draw(rng)
    if rng.random() < RARE_NAME_SHARE:
        given = rng.choice(
            RussianNames.first_names_female if female else RussianNames.first_names_male
        )
    else:
        given = (_RU_FEMALE if female else _RU_MALE).draw(rng)
    if female:
        surname = feminine_russian(surname)
    return Name(russian(surname), russian(given), surname, given)
