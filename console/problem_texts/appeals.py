"""Sentences for the refusals of the interaction log and the appeals register."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_SOURCE: dict[str, object] = {
    "interaction.customer_not_found": QT_TRANSLATE_NOOP(
        "Problem", "This customer no longer exists. Refresh the card (F5)."
    ),
    "interaction.account_not_customers": QT_TRANSLATE_NOOP(
        "Problem", "The account does not belong to this customer."
    ),
    "interaction.channel": QT_TRANSLATE_NOOP("Problem", "Choose how the customer got in touch."),
    "interaction.topic": QT_TRANSLATE_NOOP(
        "Problem", "Choose a topic of the list (a supervisor may have retired this one)."
    ),
    "interaction.identification": QT_TRANSLATE_NOOP(
        "Problem", "Unknown identification fact: tick only the facts of the list."
    ),
    "interaction.note_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The note is too long: at most 4000 characters."
    ),
    "interaction.outcome_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The outcome is too long: at most 1000 characters."
    ),
    "appeal.kind": QT_TRANSLATE_NOOP("Problem", "Choose the kind of appeal."),
    "appeal.text_required": QT_TRANSLATE_NOOP(
        "Problem", "Write the appeal's text: what the customer asks or complains about."
    ),
    "appeal.text_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The appeal's text is too long: at most 8000 characters."
    ),
    "appeal.interaction_not_customers": QT_TRANSLATE_NOOP(
        "Problem", "The contact belongs to another customer."
    ),
    "appeal.not_found": QT_TRANSLATE_NOOP(
        "Problem", "This appeal no longer exists. Refresh the list (F5)."
    ),
    "appeal.stale": QT_TRANSLATE_NOOP(
        "Problem", "Someone else changed this appeal meanwhile. Refresh the list (F5)."
    ),
    "appeal.not_assignee": QT_TRANSLATE_NOOP(
        "Problem", "Only the operator the appeal is assigned to, or a supervisor, may answer it."
    ),
    "appeal.already_answered": QT_TRANSLATE_NOOP("Problem", "The appeal is already answered."),
    "appeal.answer_required": QT_TRANSLATE_NOOP("Problem", "Write the answer first."),
    "appeal.answer_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The answer is too long: at most 8000 characters."
    ),
    "appeal.assignee_unknown": QT_TRANSLATE_NOOP(
        "Problem", "No active agent or supervisor has this login."
    ),
    "appeal.not_answered": QT_TRANSLATE_NOOP(
        "Problem", "Only an answered appeal can be closed: answer it first."
    ),
    "topic.code_format": QT_TRANSLATE_NOOP(
        "Problem",
        "A topic's code is 1 to 40 small Latin letters, digits or _, starting with a letter.",
    ),
    "topic.title_required": QT_TRANSLATE_NOOP(
        "Problem", "Give the topic a title of 1 to 120 characters."
    ),
    "appeal.letter_not_answered": QT_TRANSLATE_NOOP(
        "Problem", "The appeal has no answer yet, so there is no letter to print."
    ),
    "appeal.no_account": QT_TRANSLATE_NOOP(
        "Problem",
        "The customer has no account, so no supplier's letterhead can be chosen for the letter.",
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCE.items()}

RU: dict[str, str] = {
    "interaction.customer_not_found": "Этого абонента больше нет. Обновите карточку (F5).",
    "interaction.account_not_customers": "Лицевой счёт принадлежит другому абоненту.",
    "interaction.channel": "Выберите, как абонент обратился.",
    "interaction.topic": "Выберите тему из списка (эту тему мог убрать старший смены).",
    "interaction.identification": (
        "Неизвестный признак идентификации: отмечайте только признаки из списка."
    ),
    "interaction.note_too_long": "Слишком длинная заметка: не более 4000 символов.",
    "interaction.outcome_too_long": "Слишком длинный итог: не более 1000 символов.",
    "appeal.kind": "Выберите вид обращения.",
    "appeal.text_required": "Напишите текст обращения: о чём просит или на что жалуется абонент.",
    "appeal.text_too_long": "Слишком длинный текст обращения: не более 8000 символов.",
    "appeal.interaction_not_customers": "Контакт относится к другому абоненту.",
    "appeal.not_found": "Этого обращения больше нет. Обновите список (F5).",
    "appeal.stale": "Обращение тем временем изменил другой сотрудник. Обновите список (F5).",
    "appeal.not_assignee": "Ответить может только исполнитель обращения или старший смены.",
    "appeal.already_answered": "На обращение уже дан ответ.",
    "appeal.answer_required": "Сначала напишите ответ.",
    "appeal.answer_too_long": "Слишком длинный ответ: не более 8000 символов.",
    "appeal.assignee_unknown": "Нет действующего оператора или старшего смены с таким логином.",
    "appeal.not_answered": "Закрыть можно только обращение с ответом: сначала ответьте.",
    "topic.code_format": "Код темы — от 1 до 40 строчных латинских букв, цифр или _, "
    "начиная с буквы.",
    "topic.title_required": "Название темы — от 1 до 120 символов.",
    "appeal.letter_not_answered": "На обращение ещё нет ответа, печатать нечего.",
    "appeal.no_account": "У абонента нет лицевого счёта, поэтому для письма не выбрать бланк "
    "поставщика.",
}
