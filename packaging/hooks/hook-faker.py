# Replaces the Faker hook of pyinstaller-hooks-contrib, which collects every locale of every
# provider (about 20 MB). The application imports one list directly (app/demo/names.py,
# faker.providers.person.ru_RU), which analysis finds by itself, and never calls Faker().
hiddenimports: list[str] = []
