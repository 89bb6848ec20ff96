"""The documents of an enterprise's file (一企一档), with their names in both languages."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

__all__ = ["DOCUMENT_EN", "DOCUMENT_ZH", "FileDocumentType"]


class FileDocumentType(StrEnum):
    """A kind of document the file holds (the typical 一企一档 content list)."""

    EIA_DOCUMENT = "eia_document"
    """环境影响评价文件 (report, report form or registration form)."""
    EIA_APPROVAL = "eia_approval"
    """环评批复."""
    ACCEPTANCE = "acceptance"
    """竣工环境保护验收."""
    PERMIT = "permit"
    """排污许可证 (each renewal is a further permit)."""
    DISCHARGE_REGISTRATION = "discharge_registration"
    """排污登记表."""
    MONITORING_PLAN = "monitoring_plan"
    """自行监测方案."""
    MONITORING_REPORT = "monitoring_report"
    """监测报告."""
    PERMIT_LEDGER = "permit_ledger"
    """环境管理台账 (kept at least five years)."""
    AUTO_MONITORING_ACCEPTANCE = "auto_monitoring_acceptance"
    """自动监测设备验收."""
    HW_MANIFEST = "hw_manifest"
    """危险废物转移联单."""
    EMERGENCY_PLAN = "emergency_plan"
    """突发环境事件应急预案."""
    INSPECTION_RECORD = "inspection_record"
    """现场检查记录."""
    PENALTY_DECISION = "penalty_decision"
    """行政处罚决定书."""
    LETTER = "letter"
    """涉企告知信函."""


DOCUMENT_ZH: Final = {
    FileDocumentType.EIA_DOCUMENT: "环境影响评价文件",
    FileDocumentType.EIA_APPROVAL: "环评批复",
    FileDocumentType.ACCEPTANCE: "竣工环境保护验收材料",
    FileDocumentType.PERMIT: "排污许可证",
    FileDocumentType.DISCHARGE_REGISTRATION: "排污登记表",
    FileDocumentType.MONITORING_PLAN: "自行监测方案",
    FileDocumentType.MONITORING_REPORT: "监测报告",
    FileDocumentType.PERMIT_LEDGER: "环境管理台账",
    FileDocumentType.AUTO_MONITORING_ACCEPTANCE: "自动监测设备验收材料",
    FileDocumentType.HW_MANIFEST: "危险废物转移联单",
    FileDocumentType.EMERGENCY_PLAN: "突发环境事件应急预案",
    FileDocumentType.INSPECTION_RECORD: "现场检查记录",
    FileDocumentType.PENALTY_DECISION: "行政处罚决定书",
    FileDocumentType.LETTER: "涉企告知信函",
}
"""Each document type's Chinese name."""

DOCUMENT_EN: Final = {
    FileDocumentType.EIA_DOCUMENT: "EIA document",
    FileDocumentType.EIA_APPROVAL: "EIA approval",
    FileDocumentType.ACCEPTANCE: "completion acceptance",
    FileDocumentType.PERMIT: "discharge permit",
    FileDocumentType.DISCHARGE_REGISTRATION: "discharge registration",
    FileDocumentType.MONITORING_PLAN: "self-monitoring plan",
    FileDocumentType.MONITORING_REPORT: "monitoring report",
    FileDocumentType.PERMIT_LEDGER: "environmental management ledger",
    FileDocumentType.AUTO_MONITORING_ACCEPTANCE: "automatic-monitoring acceptance",
    FileDocumentType.HW_MANIFEST: "hazardous-waste manifest",
    FileDocumentType.EMERGENCY_PLAN: "emergency plan",
    FileDocumentType.INSPECTION_RECORD: "inspection record",
    FileDocumentType.PENALTY_DECISION: "penalty decision",
    FileDocumentType.LETTER: "notification letter",
}
"""Each document type's English name."""
