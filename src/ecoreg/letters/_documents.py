"""The documents of an enterprise's file (一企一档), with their names in both languages."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

__all__ = ["DOCUMENT_EN", "DOCUMENT_ZH", "DocumentType"]


class DocumentType(StrEnum):
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
    DocumentType.EIA_DOCUMENT: "环境影响评价文件",
    DocumentType.EIA_APPROVAL: "环评批复",
    DocumentType.ACCEPTANCE: "竣工环境保护验收材料",
    DocumentType.PERMIT: "排污许可证",
    DocumentType.DISCHARGE_REGISTRATION: "排污登记表",
    DocumentType.MONITORING_PLAN: "自行监测方案",
    DocumentType.MONITORING_REPORT: "监测报告",
    DocumentType.PERMIT_LEDGER: "环境管理台账",
    DocumentType.AUTO_MONITORING_ACCEPTANCE: "自动监测设备验收材料",
    DocumentType.HW_MANIFEST: "危险废物转移联单",
    DocumentType.EMERGENCY_PLAN: "突发环境事件应急预案",
    DocumentType.INSPECTION_RECORD: "现场检查记录",
    DocumentType.PENALTY_DECISION: "行政处罚决定书",
    DocumentType.LETTER: "涉企告知信函",
}
"""Each document type's Chinese name."""

DOCUMENT_EN: Final = {
    DocumentType.EIA_DOCUMENT: "EIA document",
    DocumentType.EIA_APPROVAL: "EIA approval",
    DocumentType.ACCEPTANCE: "completion acceptance",
    DocumentType.PERMIT: "discharge permit",
    DocumentType.DISCHARGE_REGISTRATION: "discharge registration",
    DocumentType.MONITORING_PLAN: "self-monitoring plan",
    DocumentType.MONITORING_REPORT: "monitoring report",
    DocumentType.PERMIT_LEDGER: "environmental management ledger",
    DocumentType.AUTO_MONITORING_ACCEPTANCE: "automatic-monitoring acceptance",
    DocumentType.HW_MANIFEST: "hazardous-waste manifest",
    DocumentType.EMERGENCY_PLAN: "emergency plan",
    DocumentType.INSPECTION_RECORD: "inspection record",
    DocumentType.PENALTY_DECISION: "penalty decision",
    DocumentType.LETTER: "notification letter",
}
"""Each document type's English name."""
