"""What the coach says to a red flag: fixed, careful words, the same every time.

Each reply opens with what to do now, then names the warning signs, then who to see, in the
person's language. The wording follows the shared coaching references (ACOG 2020 for pregnancy,
the NSCA youth position statement for teenagers, same-day care for rhabdomyolysis signs, no
contact after a head impact until cleared).
"""

from app.coach.understanding.language import Language
from app.coach.understanding.safety import Flag

_EMERGENCY_EN = (
    "If it is happening now, is severe, or comes with pain spreading to your arm, jaw or back, "
    "breathlessness, sweating or nausea, call your local emergency number (112 in Europe, 911 "
    "in the US) now."
)
_EMERGENCY_ES = (
    "Si está pasando ahora, es intenso o viene con dolor que se extiende al brazo, la mandíbula "
    "o la espalda, falta de aire, sudor o náuseas, llama ya a emergencias (112 en Europa)."
)
_AFTER_EN = "I'll adjust your plan once you've been checked."
_AFTER_ES = "Cuando te hayan revisado, ajusto tu plan."

_ENGLISH: dict[Flag, str] = {
    Flag.CHEST: "Stop training now: chest pain or pressure with effort needs a doctor before any "
    f"more exercise. {_EMERGENCY_EN} Otherwise see a doctor today, before your next session, "
    f"and tell them what you felt and when. {_AFTER_EN}",
    Flag.FAINTING: "Stop training and get checked: fainting or blacking out with exercise needs "
    "a doctor before you train again. If you fainted during effort, hit your head, or still feel "
    f"unwell, call your local emergency number now. {_AFTER_EN}",
    Flag.HEAT: "Stop, get out of the heat and cool down now: confusion, hot dry skin or no "
    "longer sweating are signs of heat stroke, a medical emergency. Call your local emergency "
    "number, lie down somewhere cool and sip water if you can swallow safely. No training until a "
    f"doctor has checked you. {_AFTER_EN}",
    Flag.NUMBNESS: "Please stop training and see a doctor before your next session: numbness, "
    "tingling or weakness that comes with exercise needs checking. If it is sudden, on one side, "
    "or comes with slurred speech, a drooping face or the worst headache of your life, call your "
    f"local emergency number now. {_AFTER_EN}",
    Flag.SELF_HARM: "I'm really glad you told me, and I'm worried about you. Please talk to "
    "someone now: in the US call or text 988, in the UK and Ireland call Samaritans on 116 123, "
    "in Spain call 024, or find your local crisis line at findahelpline.com. If you might act on "
    "these thoughts, call your emergency number (112 or 911) or go to the nearest emergency "
    "department. You don't have to go through this alone, and training can wait.",
    Flag.RHABDO: "Please get medical care today, not tomorrow: dark or cola-coloured urine with "
    "extreme muscle pain or swelling after training can be rhabdomyolysis, muscle breakdown that "
    "can harm the kidneys. Go to urgent care or an emergency department now, drink water on the "
    "way, and do not train until a doctor has cleared you. This is exactly why CoachX builds "
    "volume up gradually.",
    Flag.HEAD: "No sparring or contact until a doctor has cleared you: a blow to the head "
    "followed by a headache, confusion, dizziness or fogginess can be a concussion. See a doctor "
    "today; go to an emergency department now if the headache gets worse, you vomit, feel "
    "drowsy, confused or see double. After clearance, return step by step: light solo work "
    "first, contact last.",
    Flag.DIZZINESS: "Stop the session and sit or lie down: dizziness or light-headedness during "
    "or after effort should be checked by a doctor before you train hard again. If it comes "
    f"with chest pain, fainting or a racing heart, call your local emergency number. {_AFTER_EN}",
    Flag.PALPITATIONS: "Stop training and see a doctor before your next session: a racing, "
    "pounding or irregular heartbeat during exercise needs checking. If it comes with chest "
    "pain, breathlessness, dizziness or fainting, or does not settle with rest, call your local "
    f"emergency number now. {_AFTER_EN}",
    Flag.BREATHLESS: "Please see a doctor before you train hard again: breathlessness out of "
    "proportion to the effort, or much worse than usual, needs checking. If you are struggling "
    "to breathe at rest, or it comes with chest pain or coughing blood, call your local "
    f"emergency number now. {_AFTER_EN}",
    Flag.PREGNANCY: "Congratulations! Most people can keep training through pregnancy, and "
    "moderate exercise is recommended (ACOG 2020), with your midwife's or doctor's clearance "
    "first. Keep to an effort where you can still talk, avoid contact sports, falls, lying flat "
    "on your back for long later on, and heavy breath-holding. Stop and call them at warning "
    "signs: bleeding, fluid leaking, regular painful contractions, chest pain, dizziness, "
    "headache, calf pain or swelling, or muscle weakness.",
    Flag.EATING: "Thank you for telling me, and please look after yourself: eating very little, "
    "purging or training to make up for food puts your health and your training at risk. I "
    "won't give you a diet to cut further. Please talk to a doctor or a sports dietitian, who "
    "can help safely; if food feels out of control, an eating-disorder helpline (e.g. Beat in "
    "the UK, NEDA in the US) can help too.",
    Flag.TEEN_MAX: "Not yet, and it's not a knock on your strength: at your age, max attempts "
    "are off the table and technique comes first (NSCA youth guidance). Instead, test yourself "
    "with clean sets of 5 to 8 reps with a coach watching, and add weight only while every rep "
    "looks the same. That builds strength safely and fast.",
}
_SPANISH: dict[Flag, str] = {
    Flag.CHEST: "Para de entrenar ya: el dolor o la presión en el pecho con el esfuerzo necesita "
    f"un médico antes de seguir. {_EMERGENCY_ES} Si no, ve al médico hoy, antes de tu próxima "
    f"sesión, y cuéntale qué sentiste y cuándo. {_AFTER_ES}",
    Flag.FAINTING: "Deja de entrenar y que te revisen: desmayarte con el ejercicio necesita un "
    "médico antes de volver a entrenar. Si fue durante el esfuerzo, te golpeaste la cabeza o "
    f"sigues mal, llama a emergencias (112). {_AFTER_ES}",
    Flag.HEAT: "Para, sal del calor y enfríate ya: confusión, piel caliente y seca o dejar de "
    "sudar son signos de golpe de calor, una emergencia. Llama a emergencias (112), túmbate en "
    f"un sitio fresco y bebe agua si puedes tragar bien. {_AFTER_ES}",
    Flag.NUMBNESS: "Deja de entrenar y ve al médico antes de la próxima sesión: el entumecimiento "
    "o el hormigueo con el ejercicio hay que revisarlo. Si es repentino, de un lado, o con "
    f"dificultad para hablar, llama a emergencias (112). {_AFTER_ES}",
    Flag.SELF_HARM: "Gracias por contármelo; me preocupas. Por favor, habla con alguien ahora: "
    "en España llama al 024 (línea de atención a la conducta suicida), o busca tu línea de "
    "crisis en findahelpline.com. Si crees que puedes hacerte daño, llama al 112 o ve a "
    "urgencias. No tienes que pasar por esto solo; el entrenamiento puede esperar.",
    Flag.RHABDO: "Busca atención médica hoy mismo: orina oscura con dolor muscular extremo o "
    "hinchazón tras entrenar puede ser rabdomiólisis, que puede dañar los riñones. Ve a "
    "urgencias ahora, bebe agua y no entrenes hasta que un médico te dé el alta.",
    Flag.HEAD: "Nada de sparring ni contacto hasta que un médico te dé el alta: un golpe en la "
    "cabeza seguido de dolor de cabeza, confusión o mareo puede ser una conmoción. Ve al médico "
    "hoy, y a urgencias ya si empeora, vomitas o ves doble.",
    Flag.DIZZINESS: "Para la sesión y siéntate o túmbate: marearse durante o después del "
    "esfuerzo debe verlo un médico antes de volver a entrenar fuerte. Si viene con dolor en el "
    f"pecho, desmayo o el corazón muy acelerado, llama a emergencias (112). {_AFTER_ES}",
    Flag.PALPITATIONS: "Deja de entrenar y ve al médico antes de tu próxima sesión: un latido "
    "acelerado o irregular con el ejercicio hay que revisarlo. Si viene con dolor en el pecho, "
    f"falta de aire o mareo, llama a emergencias (112). {_AFTER_ES}",
    Flag.BREATHLESS: "Ve al médico antes de volver a entrenar fuerte: la falta de aire "
    "desproporcionada al esfuerzo hay que revisarla. Si te cuesta respirar en reposo o viene con "
    f"dolor en el pecho, llama a emergencias (112). {_AFTER_ES}",
    Flag.PREGNANCY: "¡Enhorabuena! La mayoría puede seguir entrenando durante el embarazo, con "
    "el visto bueno de tu matrona o médico primero: esfuerzo moderado en el que puedas hablar, "
    "sin deportes de contacto ni riesgo de caídas. Para y llámales ante señales de alarma: "
    "sangrado, pérdida de líquido, contracciones, dolor en el pecho, mareo o dolor de cabeza.",
    Flag.EATING: "Gracias por contármelo: comer muy poco o entrenar para compensar la comida pone "
    "en riesgo tu salud. No te voy a dar una dieta para recortar más. Habla con un médico o un "
    "dietista-nutricionista deportivo, que te puede ayudar de forma segura.",
    Flag.TEEN_MAX: "Todavía no: a tu edad nada de intentos máximos; primero la técnica. Prueba "
    "series limpias de 5 a 8 repeticiones con un entrenador delante y sube peso solo si todas "
    "las repeticiones salen iguales.",
}


def red_flag_reply(flag: Flag, language: Language) -> str:
    """The fixed reply to a red flag, in the person's language."""
    return (_SPANISH if language is Language.SPANISH else _ENGLISH)[flag]
