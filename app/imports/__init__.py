"""Reading the files a department receives: XLSForm questionnaires, registry extracts and
questionnaire responses exported from KoboToolbox or ODK Central.

The readers here are pure: they turn a file into checked records and problems.
`app.services.imports` writes them to the store.
"""
