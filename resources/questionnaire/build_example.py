"""Build review_2024.xlsx, the example questionnaire of a permit review, in three languages.

Run from the repository root: `python resources/questionnaire/build_example.py`.
The workbook is committed; this script makes it reproducible. The markers
(answers that need an officer's attention) are in the `markers` column of the
survey sheet and, for one question, in a `marker::<question>` setting, the two
ways the importer accepts (see app/imports/xlsform.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
TARGET = HERE / "review_2024.xlsx"
LANGS = ("Lithuanian (lt)", "English (en)", "Russian (ru)")
REQUIRED = ("Privalomas klausimas.", "An answer is required.", "Обязательный вопрос.")
# Fixed document properties, so that a rebuild differs only in the archive's own timestamps.
FIXED_TIME = dt.datetime(2024, 9, 1, 9, 0, 0)

# (type, name, (lt, en, ru) label, (lt, en, ru) hint or None, required, relevant,
#  constraint, appearance, markers)
Row = tuple[
    str, str, tuple[str, str, str] | None, tuple[str, str, str] | None, bool, str, str, str, str
]


def q(
    kind: str,
    name: str,
    label: tuple[str, str, str] | None = None,
    hint: tuple[str, str, str] | None = None,
    *,
    required: bool = False,
    relevant: str = "",
    constraint: str = "",
    appearance: str = "",
    markers: str = "",
) -> Row:
    return (kind, name, label, hint, required, relevant, constraint, appearance, markers)


SURVEY: list[Row] = [
    q("start", "start"),
    q("end", "end"),
    q(
        "note",
        "intro",
        (
            "Migracijos departamentas peržiūri nuolatinių leidimų gyventi Lietuvoje turėtojų "
            "duomenis. Atsakykite į visus klausimus teisingai; tai užtruks apie 15 minučių.",
            "The Migration Department is reviewing the holders of permanent residence permits in "
            "Lithuania. Please answer every question truthfully; it takes about 15 minutes.",
            "Департамент миграции проводит проверку владельцев постоянных видов на жительство в "
            "Литве. Пожалуйста, ответьте правдиво на все вопросы; это займёт около 15 минут.",
        ),
    ),
    q("begin_group", "identity", ("Asmens duomenys", "Personal details", "Личные данные")),
    q(
        "text",
        "permit_number",
        ("Leidimo gyventi numeris", "Residence permit number", "Номер вида на жительство"),
        (
            "8 skaitmenys, nurodyti kortelėje",
            "The 8 digits printed on the card",
            "8 цифр, указанных на карте",
        ),
        required=True,
        constraint="regex(., '^[0-9]{8}$')",
        appearance="numbers",
    ),
    q("text", "surname", ("Pavardė", "Surname", "Фамилия"), required=True),
    q("text", "given_names", ("Vardas (vardai)", "Given name(s)", "Имя (имена)"), required=True),
    q(
        "date",
        "birth_date",
        ("Gimimo data", "Date of birth", "Дата рождения"),
        required=True,
        constraint=". > date('1900-01-01') and . < today()",
    ),
    q(
        "select_one citizenships",
        "citizenship",
        ("Pilietybė", "Citizenship", "Гражданство"),
        required=True,
    ),
    q(
        "text",
        "phone",
        ("Telefono numeris", "Telephone number", "Номер телефона"),
        appearance="numbers",
    ),
    q("text", "email", ("El. pašto adresas", "E-mail address", "Адрес электронной почты")),
    q("end_group", ""),
    q("begin_group", "residence", ("Gyvenimas Lietuvoje", "Life in Lithuania", "Жизнь в Литве")),
    q(
        "integer",
        "years_in_lt",
        (
            "Kiek metų gyvenate Lietuvoje?",
            "How many years have you lived in Lithuania?",
            "Сколько лет вы живёте в Литве?",
        ),
        required=True,
        constraint=". >= 0 and . <= 100",
    ),
    q(
        "date",
        "address_since",
        (
            "Nuo kada gyvenate dabartiniu adresu?",
            "Since when have you lived at your current address?",
            "С какого времени вы живёте по нынешнему адресу?",
        ),
        required=True,
    ),
    q(
        "select_one dwelling_kinds",
        "dwelling",
        (
            "Kokiame būste gyvenate?",
            "What kind of home do you live in?",
            "В каком жилье вы живёте?",
        ),
        required=True,
    ),
    q(
        "integer",
        "household_size",
        (
            "Kiek žmonių gyvena jūsų namų ūkyje (įskaitant jus)?",
            "How many people live in your household, including you?",
            "Сколько человек живёт в вашем домохозяйстве, включая вас?",
        ),
        required=True,
        constraint=". >= 1 and . <= 20",
    ),
    q(
        "select_one yes_no",
        "family_in_lt",
        (
            "Ar Lietuvoje gyvena jūsų artimieji (sutuoktinis, vaikai, tėvai)?",
            "Do close family members (spouse, children, parents) live in Lithuania?",
            "Живут ли в Литве ваши близкие родственники (супруг, дети, родители)?",
        ),
        required=True,
    ),
    q(
        "select_one work_kinds",
        "work_situation",
        (
            "Kuo šiuo metu daugiausia užsiimate?",
            "What is your main activity at present?",
            "Чем вы в основном занимаетесь в настоящее время?",
        ),
        required=True,
    ),
    q(
        "text",
        "employer",
        ("Darbdavys arba įmonė", "Employer or business", "Работодатель или предприятие"),
        relevant="selected(${work_situation}, 'employed') or "
        "selected(${work_situation}, 'own_business')",
    ),
    q(
        "select_one lt_levels",
        "lithuanian_level",
        (
            "Kaip mokate lietuvių kalbą?",
            "How well do you speak Lithuanian?",
            "Насколько хорошо вы владеете литовским языком?",
        ),
        required=True,
    ),
    q("end_group", ""),
    q("begin_group", "travel", ("Kelionės", "Travel", "Поездки")),
    q(
        "select_multiple trip_places",
        "trips_abroad",
        (
            "Į kurias šalis keliavote nuo 2022 m. vasario 24 d.?",
            "Which countries have you travelled to since 24 February 2022?",
            "В какие страны вы ездили после 24 февраля 2022 года?",
        ),
        (
            "Galima pažymėti kelis atsakymus",
            "You may select several",
            "Можно выбрать несколько ответов",
        ),
        required=True,
        constraint="not(selected(., 'no_trips') and count-selected(.) > 1)",
        markers="russia belarus occupied_ua",
    ),
    q(
        "integer",
        "trips_count",
        (
            "Kiek kartų iš viso keliavote?",
            "How many trips did you make in total?",
            "Сколько всего поездок вы совершили?",
        ),
        required=True,
        relevant="not(selected(${trips_abroad}, 'no_trips'))",
        constraint=". >= 1 and . <= 500",
    ),
    q(
        "select_multiple trip_purposes",
        "trip_purposes",
        (
            "Kokiu tikslu keliavote į Rusiją ar Baltarusiją?",
            "Why did you travel to Russia or Belarus?",
            "С какой целью вы ездили в Россию или Беларусь?",
        ),
        required=True,
        relevant="selected(${trips_abroad}, 'russia') or selected(${trips_abroad}, 'belarus')",
        markers="work official",
    ),
    q(
        "date",
        "last_trip_ru_by",
        (
            "Kada paskutinį kartą buvote Rusijoje ar Baltarusijoje?",
            "When were you last in Russia or Belarus?",
            "Когда вы в последний раз были в России или Беларуси?",
        ),
        relevant="selected(${trips_abroad}, 'russia') or selected(${trips_abroad}, 'belarus')",
    ),
    q(
        "select_one yes_no",
        "long_stay",
        (
            "Ar per pastaruosius 5 metus Rusijoje ar Baltarusijoje buvote ilgiau nei 90 dienų?",
            "In the last 5 years, have you stayed in Russia or Belarus for more than 90 days?",
            "Находились ли вы за последние 5 лет в России или Беларуси более 90 дней?",
        ),
        required=True,
        markers="yes",
    ),
    q("end_group", ""),
    q("begin_group", "contacts", ("Ryšiai", "Contacts", "Связи")),
    q(
        "select_one yes_no_refuse",
        "state_contacts",
        (
            "Ar palaikote ryšius su Rusijos ar Baltarusijos valstybės institucijomis, kariuomene "
            "ar saugumo tarnybomis?",
            "Do you keep in contact with state institutions, the armed forces or the security "
            "services of Russia or Belarus?",
            "Поддерживаете ли вы связь с государственными учреждениями, вооружёнными силами или "
            "спецслужбами России или Беларуси?",
        ),
        required=True,
        markers="yes refuse",
    ),
    q(
        "text",
        "state_contacts_detail",
        ("Apibūdinkite šiuos ryšius", "Describe these contacts", "Опишите эти связи"),
        relevant="selected(${state_contacts}, 'yes')",
        appearance="multiline",
    ),
    q(
        "select_one yes_no_refuse",
        "military_service",
        (
            "Ar tarnavote Rusijos ar Baltarusijos ginkluotosiose pajėgose ar saugumo tarnybose?",
            "Have you served in the armed forces or security services of Russia or Belarus?",
            "Служили ли вы в вооружённых силах или спецслужбах России или Беларуси?",
        ),
        required=True,
        markers="yes refuse",
    ),
    q(
        "select_one yes_no",
        "relatives_in_service",
        (
            "Ar jūsų artimieji tarnauja Rusijos ar Baltarusijos ginkluotosiose pajėgose?",
            "Do any of your relatives serve in the armed forces of Russia or Belarus?",
            "Служат ли ваши родственники в вооружённых силах России или Беларуси?",
        ),
        required=True,
        markers="yes",
    ),
    q(
        "select_one yes_no",
        "property_ru_by",
        (
            "Ar turite nekilnojamojo turto Rusijoje ar Baltarusijoje?",
            "Do you own real estate in Russia or Belarus?",
            "Есть ли у вас недвижимость в России или Беларуси?",
        ),
        required=True,
    ),
    q(
        "text",
        "organisations",
        (
            "Kokių organizacijų, partijų ar judėjimų narys esate?",
            "Which organisations, parties or movements are you a member of?",
            "Членом каких организаций, партий или движений вы являетесь?",
        ),
        ("Jei nesate, palikite tuščią", "Leave empty if none", "Если нет, оставьте пустым"),
    ),
    q("end_group", ""),
    q("begin_group", "views", ("Požiūris", "Views", "Взгляды")),
    q(
        "select_one war_views",
        "view_invasion",
        (
            "Kaip vertinate Rusijos karinę agresiją prieš Ukrainą?",
            "How do you view Russia's military aggression against Ukraine?",
            "Как вы оцениваете военную агрессию России против Украины?",
        ),
        required=True,
        markers="support justified",
    ),
    q(
        "select_one crimea_views",
        "view_crimea",
        (
            "Kuriai valstybei, jūsų nuomone, priklauso Krymas?",
            "In your view, which state does Crimea belong to?",
            "Какому государству, по вашему мнению, принадлежит Крым?",
        ),
        required=True,
        markers="russia",
    ),
    q(
        "select_one agree_scale",
        "view_sanctions",
        (
            "Ar pritariate ES sankcijoms Rusijai ir Baltarusijai?",
            "Do you agree with the EU sanctions on Russia and Belarus?",
            "Согласны ли вы с санкциями ЕС против России и Беларуси?",
        ),
        required=True,
    ),
    q(
        "select_one agree_scale",
        "view_nato",
        (
            "Ar pritariate, kad narystė NATO saugo Lietuvą?",
            "Do you agree that NATO membership keeps Lithuania safe?",
            "Согласны ли вы, что членство в НАТО защищает Литву?",
        ),
        required=True,
    ),
    q(
        "select_multiple news_sources",
        "news_sources",
        (
            "Iš kur daugiausia gaunate naujienų?",
            "Where do you mostly get your news?",
            "Откуда вы в основном получаете новости?",
        ),
        (
            "Galima pažymėti kelis atsakymus",
            "You may select several",
            "Можно выбрать несколько ответов",
        ),
        required=True,
        markers="ru_state_media",
    ),
    q(
        "select_one yes_no_refuse",
        "helped_ukraine",
        (
            "Ar padėjote Ukrainai ar jos pabėgėliams (aukos, savanorystė)?",
            "Have you helped Ukraine or its refugees (donations, volunteering)?",
            "Помогали ли вы Украине или её беженцам (пожертвования, волонтёрство)?",
        ),
    ),
    q(
        "text",
        "views_comment",
        (
            "Ką norėtumėte pridurti apie savo požiūrį?",
            "Anything to add about your views?",
            "Что бы вы хотели добавить о своих взглядах?",
        ),
        appearance="multiline",
    ),
    q("end_group", ""),
    q(
        "select_one yes_no",
        "declaration",
        (
            "Patvirtinu, kad pateikti duomenys yra teisingi",
            "I confirm that the information given is true",
            "Подтверждаю, что предоставленные сведения верны",
        ),
        required=True,
    ),
    q(
        "date",
        "signed_on",
        ("Užpildymo data", "Date of completion", "Дата заполнения"),
        required=True,
    ),
    q(
        "text",
        "remarks",
        ("Pastabos (neprivaloma)", "Remarks (optional)", "Примечания (необязательно)"),
        appearance="multiline",
    ),
]

CHOICES: dict[str, list[tuple[str, str, str, str]]] = {
    "yes_no": [("yes", "Taip", "Yes", "Да"), ("no", "Ne", "No", "Нет")],
    "yes_no_refuse": [
        ("yes", "Taip", "Yes", "Да"),
        ("no", "Ne", "No", "Нет"),
        ("refuse", "Nenoriu atsakyti", "Prefer not to say", "Предпочитаю не отвечать"),
    ],
    "citizenships": [
        ("by", "Baltarusijos", "Belarusian", "Беларуси"),
        ("ru", "Rusijos", "Russian", "России"),
        ("other", "Kita", "Other", "Другое"),
    ],
    "dwelling_kinds": [
        ("own_flat", "Nuosavas butas", "Own flat", "Собственная квартира"),
        ("rented_flat", "Nuomojamas butas", "Rented flat", "Съёмная квартира"),
        ("own_house", "Nuosavas namas", "Own house", "Собственный дом"),
        ("with_relatives", "Gyvenu pas gimines", "Living with relatives", "Живу у родственников"),
        ("other_home", "Kita", "Other", "Другое"),
    ],
    "work_kinds": [
        ("employed", "Dirbu pagal darbo sutartį", "Employed", "Работаю по найму"),
        ("own_business", "Turiu savo verslą", "Running my own business", "Своё дело"),
        ("job_seeking", "Ieškau darbo", "Looking for work", "Ищу работу"),
        ("pensioner", "Esu pensininkas (-ė)", "Pensioner", "Пенсионер(ка)"),
        ("studying", "Mokausi", "Studying", "Учусь"),
        (
            "caring",
            "Prižiūriu šeimos narius",
            "Caring for family members",
            "Ухаживаю за членами семьи",
        ),
    ],
    "lt_levels": [
        ("none", "Nemoku", "Not at all", "Не владею"),
        ("basic", "Pradinis lygis", "Basic", "Начальный уровень"),
        ("good", "Gerai", "Well", "Хорошо"),
        ("native", "Gimtoji kalba", "Native", "Родной язык"),
    ],
    "trip_places": [
        ("no_trips", "Niekur nekeliavau", "I have not travelled", "Никуда не ездил(а)"),
        ("eu", "ES šalys", "EU countries", "Страны ЕС"),
        ("belarus", "Baltarusija", "Belarus", "Беларусь"),
        ("russia", "Rusija", "Russia", "Россия"),
        (
            "occupied_ua",
            "Okupuotos Ukrainos teritorijos",
            "Occupied territories of Ukraine",
            "Оккупированные территории Украины",
        ),
        ("elsewhere", "Kitur", "Elsewhere", "Другие страны"),
    ],
    "trip_purposes": [
        ("family", "Aplankyti šeimą", "Visiting family", "Навестить семью"),
        ("property", "Turto reikalai", "Property matters", "Дела с имуществом"),
        ("medical", "Gydymas", "Medical treatment", "Лечение"),
        ("work", "Darbas ar verslas", "Work or business", "Работа или бизнес"),
        (
            "official",
            "Oficialūs reikalai (dokumentai, institucijos)",
            "Official matters (documents, institutions)",
            "Официальные дела (документы, учреждения)",
        ),
        ("other_purpose", "Kita", "Other", "Другое"),
    ],
    "war_views": [
        ("condemn", "Smerkiu", "I condemn it", "Осуждаю"),
        ("neutral", "Neturiu nuomonės", "I have no opinion", "Не имею мнения"),
        (
            "justified",
            "Manau, kad ji pateisinama",
            "I think it is justified",
            "Считаю её оправданной",
        ),
        ("support", "Palaikau", "I support it", "Поддерживаю"),
        ("refuse", "Nenoriu atsakyti", "Prefer not to say", "Предпочитаю не отвечать"),
    ],
    "crimea_views": [
        ("ukraine", "Ukrainai", "Ukraine", "Украине"),
        ("russia", "Rusijai", "Russia", "России"),
        ("no_opinion", "Neturiu nuomonės", "No opinion", "Не имею мнения"),
        ("refuse", "Nenoriu atsakyti", "Prefer not to say", "Предпочитаю не отвечать"),
    ],
    "agree_scale": [
        ("agree", "Pritariu", "Agree", "Согласен(на)"),
        ("partly", "Iš dalies pritariu", "Partly agree", "Частично согласен(на)"),
        ("disagree", "Nepritariu", "Disagree", "Не согласен(на)"),
        ("no_opinion", "Neturiu nuomonės", "No opinion", "Не имею мнения"),
    ],
    "news_sources": [
        ("lt_media", "Lietuvos žiniasklaida", "Lithuanian media", "Литовские СМИ"),
        (
            "eu_media",
            "Kitų ES šalių žiniasklaida",
            "Media of other EU countries",
            "СМИ других стран ЕС",
        ),
        (
            "ru_independent",
            "Nepriklausoma rusų kalbos žiniasklaida",
            "Independent Russian-language media",
            "Независимые русскоязычные СМИ",
        ),
        (
            "ru_state_media",
            "Rusijos ar Baltarusijos valstybinė žiniasklaida",
            "State media of Russia or Belarus",
            "Государственные СМИ России или Беларуси",
        ),
        ("social", "Socialiniai tinklai", "Social networks", "Социальные сети"),
    ],
}

SETTINGS = {
    "form_title": "Nuolatinių leidimų gyventi peržiūra 2024",
    "form_id": "permit_review_2024",
    "version": "2024090101",
    "default_language": "Lithuanian (lt)",
    "instance_name": "concat(${permit_number}, ' ', ${surname})",
    "link_question": "permit_number",
    "marker::property_ru_by": "yes",
}


def build(target: Path = TARGET) -> Path:
    wb = Workbook()
    survey = wb.active
    assert survey is not None
    survey.title = "survey"
    header = [
        "type",
        "name",
        *(f"label::{lang}" for lang in LANGS),
        *(f"hint::{lang}" for lang in LANGS),
        "required",
        *(f"required_message::{lang}" for lang in LANGS),
        "relevant",
        "constraint",
        "appearance",
        "markers",
    ]
    survey.append(header)
    for kind, name, label, hint, required, relevant, constraint, appearance, markers in SURVEY:
        survey.append(
            [
                kind,
                name or None,
                *(label or (None, None, None)),
                *(hint or (None, None, None)),
                "yes" if required else None,
                *(REQUIRED if required else (None, None, None)),
                relevant or None,
                constraint or None,
                appearance or None,
                markers or None,
            ]
        )
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *(f"label::{lang}" for lang in LANGS)])
    for list_name, entries in CHOICES.items():
        for name, lt, en, ru in entries:
            choices.append([list_name, name, lt, en, ru])
    settings = wb.create_sheet("settings")
    settings.append(list(SETTINGS))
    settings.append(list(SETTINGS.values()))
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "Permit Review"
    wb.save(target)
    return target


if __name__ == "__main__":
    out = build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(out)
