"""What officers and supervisors write in the demo cases, in the department's language."""

from __future__ import annotations

RETAIN_REASONS = [
    "Įvertinus anketos atsakymus ir turimą informaciją, pagrindo panaikinti leidimą nuolat "
    "gyventi nenustatyta.",
    "Asmens atsakymuose ir iš kitų institucijų gautoje informacijoje nėra duomenų, kad jo "
    "buvimas Lietuvos Respublikoje keltų grėsmę valstybės saugumui ar viešajai tvarkai.",
    "Atsižvelgus į ilgalaikį gyvenimą Lietuvoje, šeimos ryšius ir atsakymus, leidimas "
    "nuolat gyventi paliekamas galioti.",
]
REVOKE_REASONS = [
    "Remiantis Valstybės saugumo departamento išvada ir viešai prieinama informacija, "
    "nustatyta, kad asmuo viešai reiškė paramą Rusijos Federacijos karinei agresijai prieš "
    "Ukrainą ir skleidė šią agresiją teisinančią informaciją.",
    "Asmuo anketoje nurodė reguliarias keliones į Rusijos Federaciją ir Baltarusijos "
    "Respubliką tarnybiniais tikslais; surinkta informacija rodo jo ryšius su šių valstybių "
    "institucijomis, veikiančiomis prieš Lietuvos Respublikos interesus.",
    "Asmuo palaiko ryšius su organizacijomis, vykdančiomis Lietuvos Respublikos interesams "
    "priešišką veiklą, ir atsisakė atsakyti į klausimus apie šiuos ryšius.",
]
ASSESSMENTS = [
    "VSD išvadoje nurodyti ryšiai su užsienio žvalgybos tarnybomis; šaltinis patikimas.",
    "Atviruose šaltiniuose rasti viešų pasisakymų įrašai (2022–2024 m.), atitinka VSD informaciją.",
    "Atsakymai apie keliones prieštarauja VSAT duomenims apie sienos kirtimus.",
]
AUTHORITIES = [
    "Valstybės saugumo departamentas",
    "Policijos departamentas prie VRM",
    "Antrasis operatyvinių tarnybų departamentas",
    "Valstybės sienos apsaugos tarnyba",
]
REQUEST_QUESTIONS = [
    "Prašome pateikti turimą informaciją apie asmens ryšius su Rusijos Federacijos ar "
    "Baltarusijos Respublikos institucijomis.",
    "Prašome pateikti duomenis apie asmens sienos kirtimus 2022–2024 m.",
    "Prašome patvirtinti, ar asmuo yra įtrauktas į nepageidaujamų užsieniečių sąrašą.",
]
REQUEST_ANSWERS = [
    "Duomenų, kurie būtų reikšmingi sprendimui, neturime.",
    "Pateikiami sienos kirtimo duomenys: 4 kelionės į Baltarusijos Respubliką.",
    "Asmuo į sąrašą neįtrauktas.",
]
RETURN_COMMENTS = [
    "Papildykite motyvus: nurodykite, kuriais atsakymais remiamasi.",
    "Patikslinkite faktines aplinkybes pagal gautą VSD informaciją.",
    "Sprendimo motyvai per bendri; aptarkite asmens šeimos ryšius Lietuvoje.",
]
PUBLIC_ITEMS = [
    (
        "Atviri šaltiniai",
        "Vieši įrašai socialiniuose tinkluose",
        "Asmens paskyroje rasti 2022–2023 m. įrašai apie karą Ukrainoje.",
    ),
    (
        "Registrų centras",
        "Nekilnojamojo turto registro išrašas",
        "Asmeniui Lietuvoje priklauso butas, įsigytas 2009 m.",
    ),
    ("SODRA", "Pažyma apie draudžiamąsias pajamas", "Asmuo nuo 2015 m. dirba Lietuvoje."),
]
RESTRICTED_ITEMS = [
    (
        "Valstybės saugumo departamentas",
        "VSD išvada dėl asmens",
        "Turima informacija apie asmens ryšius su užsienio valstybės specialiosiomis tarnybomis.",
    ),
    (
        "Antrasis operatyvinių tarnybų departamentas",
        "AOTD pažyma",
        "Asmuo dalyvavo renginiuose, kuriuos organizavo užsienio valstybės institucijos.",
    ),
]
