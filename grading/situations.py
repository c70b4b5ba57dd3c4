"""The situations of the grading interface (docs/grading.md), with the
Chinese names trainees and trainers see."""

SITUATION_LABELS: dict[str, str] = {
    "opening": "开头问候",
    "silent_caller": "无声电话",
    "cannot_hear": "无法听清",
    "dialect": "客户讲方言",
    "abusive": "客户辱骂",
    "complaint": "客户投诉",
    "repeat_complaint": "重复投诉",
    "supervisor_request": "要求主管接听",
    "hold": "查询等候",
    "cannot_answer": "无法当场答复",
    "out_of_scope": "超出服务范围",
    "wrong_number": "客户打错电话",
    "harassment": "骚扰电话",
    "thanks": "客户致谢",
    "caller_apology": "客户致歉",
    "suggestion": "客户提建议",
    "closing": "结束通话",
    "general": "一般情境",
}

SITUATIONS: tuple[str, ...] = tuple(SITUATION_LABELS)
