"""Import a file, step by step: file, campaign, check, import, summary."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from ui.context import ViewContext
from ui.imports.check import CheckPage
from ui.imports.choose import CampaignPage, FilePage
from ui.imports.plan import ImportPlan
from ui.imports.summary import SummaryPage

FILE, CAMPAIGN, CHECK, SUMMARY = range(4)


class ImportWizard(QWizard):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = ImportPlan()
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a file – Permit Review"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(ctx, self.plan, self)
        self.campaign_page = CampaignPage(ctx, self.plan, self)
        self.check_page = CheckPage(ctx, self.plan, self)
        self.summary_page = SummaryPage(ctx, self.plan, self)
        self.setPage(FILE, self.file_page)
        self.setPage(CAMPAIGN, self.campaign_page)
        self.setPage(CHECK, self.check_page)
        self.setPage(SUMMARY, self.summary_page)
        self.setStartId(FILE)
        self.resize(1040, 700)
