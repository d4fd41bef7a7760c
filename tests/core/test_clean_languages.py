"""The cleaner on stories in other languages than English: a site's furniture in its own words goes (bylines and
datelines at the top, "read also" links, share rows, newsletter prompts, reservations of rights), and sentences
that use the same words stay. All text here is written for these tests."""
from __future__ import annotations

import pytest

from newsarchive.clean import CleanConfig, clean_article

# Per language: a headline and three paragraphs of a story.
PROSE = {
    "de": ["Neue Fähre für die Insel Lindwerder", "Die Gemeinde hat am Montag eine neue Fähre in Dienst gestellt, "
           "die bis zu vierzig Autos tragen kann.", "Der Bürgermeister sagte, die alte Fähre sei nach dreißig Jahren "
           "nicht mehr sicher gewesen.", "Die Fahrpreise bleiben nach Angaben der Reederei bis zum Sommer gleich."],
    "fr": ["Un nouveau ferry pour l'île de Lorvec", "La commune a mis en service lundi un nouveau ferry qui peut "
           "transporter quarante voitures.", "Le maire a expliqué que l'ancien bateau n'était plus sûr après trente "
           "ans de service.", "Les tarifs resteront les mêmes jusqu'à l'été, selon la compagnie."],
    "es": ["Un nuevo ferri para la isla de Morera", "El ayuntamiento puso en servicio el lunes un nuevo ferri con "
           "capacidad para cuarenta coches.", "El alcalde explicó que el antiguo barco ya no era seguro después de "
           "treinta años.", "Las tarifas no cambiarán hasta el verano, según la naviera."],
    "it": ["Un nuovo traghetto per l'isola di Vendra", "Il comune ha messo in servizio lunedì un nuovo traghetto che "
           "può trasportare quaranta auto.", "Il sindaco ha spiegato che la vecchia nave non era più sicura dopo "
           "trent'anni.", "Le tariffe resteranno invariate fino all'estate, secondo la compagnia."],
    "ru": ["На остров Ледянский пустили новый паром", "В понедельник администрация запустила новый паром, который "
           "может перевозить сорок автомобилей.", "Глава района сказал, что старое судно после тридцати лет работы "
           "было небезопасным.", "Цены на билеты до лета не изменятся, сообщили в компании."],
    "uk": ["На острів Вербний запустили новий пором", "У понеділок громада запустила новий пором, який може "
           "перевозити сорок автомобілів.", "Голова громади сказав, що старе судно після тридцяти років роботи було "
           "небезпечним.", "Ціни на квитки до літа не зміняться, повідомили в компанії."],
    "tr": ["Ada'ya yeni feribot seferleri başladı", "Belediye pazartesi günü kırk araç taşıyabilen yeni bir feribotu "
           "hizmete aldı.", "Belediye başkanı, eski geminin otuz yıl sonra artık güvenli olmadığını söyledi.",
           "Şirket, bilet fiyatlarının yaza kadar değişmeyeceğini açıkladı."],
    "ar": ["عبارة جديدة إلى جزيرة المرجان", "أطلقت البلدية يوم الاثنين عبارة جديدة تتسع لأربعين سيارة.",
           "وقال رئيس البلدية إن العبارة القديمة لم تعد آمنة بعد ثلاثين عاما من الخدمة.",
           "وأكدت الشركة أن أسعار التذاكر لن تتغير حتى الصيف."],
    "he": ["מעבורת חדשה לאי הדקלים", "המועצה הפעילה ביום שני מעבורת חדשה שיכולה להוביל ארבעים מכוניות.",
           "ראש המועצה אמר כי המעבורת הישנה כבר לא הייתה בטוחה אחרי שלושים שנה.",
           "לדברי החברה, מחירי הכרטיסים לא ישתנו עד הקיץ."],
    "ja": ["青島に新しいフェリー就航", "町は月曜日、車40台を運べる新しいフェリーの運航を始めました。",
           "町長は「古い船は30年がたち、安全とは言えなくなった」と話しました。", "運賃は夏まで据え置かれるということです。"],
    "zh": ["青岛镇新渡轮投入运营", "镇政府周一启用了一艘可搭载四十辆汽车的新渡轮。", "镇长表示，旧船已使用三十年，已经不再安全。",
           "航运公司称，票价在夏季之前保持不变。"],
}

# Per language: furniture as sites print it, in the head (after the headline), the middle and the tail.
FURNITURE = {
    "de": (["Von Jana Riedel", "14. März 2026, 08:30 Uhr"], ["Lesen Sie auch: Hafen bekommt neue Kaimauer"],
           ["Diesen Beitrag teilen: Facebook | WhatsApp | E-Mail", "Hier den Newsletter abonnieren und nichts verpassen",
            "© Inselbote 2026 – Alle Rechte vorbehalten"]),
    "fr": (["Par Hugo Lemaire", "Publié le 14 mars 2026 à 08h30"], ["À lire aussi : Le port s'agrandit"],
           ["Partager cet article : Facebook Twitter", "Abonnez-vous à notre newsletter du matin",
            "© L'Écho des îles 2026. Tous droits réservés."]),
    "es": (["Por Marta Gil", "14 de marzo de 2026 - 08:30 CET"], ["Lee también: El puerto amplía sus muelles"],
           ["Comparte esta noticia: Facebook WhatsApp", "Suscríbete a nuestro boletín y recibe las noticias del día",
            "© La Voz de Morera. Todos los derechos reservados."]),
    "it": (["di Paolo Neri", "14 marzo 2026"], ["Leggi anche: Il porto avrà una nuova banchina"],
           ["Condividi su Facebook Condividi su WhatsApp", "Iscriviti alla newsletter per ricevere le notizie dell'isola",
            "Riproduzione riservata © Copyright Il Corriere di Vendra"]),
    "ru": (["Пётр Кольцов", "14 марта 2026, 08:30"], ["Читайте также: В порту построят новый причал"],
           ["Поделиться: ВКонтакте Одноклассники Telegram", "Подписывайтесь на нас в Telegram, чтобы не пропустить новости",
            "© 2026 Островной вестник. Все права защищены."]),
    "uk": (["Ірина Бондар", "14 березня 2026, 08:30"], ["Читайте також: У порту збудують новий причал"],
           ["Поділитися: Facebook Telegram", "Підписуйтесь на наш Telegram-канал", "© 2026 Острівні новини. Усі права захищені."]),
    "tr": (["Zeynep Kaya", "14 Mart 2026, 08:30"], ["Ayrıca okuyun: Limana yeni rıhtım yapılacak"],
           ["Haberi paylaş: Facebook WhatsApp", "Bültenimize abone olun, gündemi kaçırmayın",
            "© 2026 Ada Gazetesi. Tüm hakları saklıdır."]),
    "ar": (["بقلم نادية فارس", "14 مارس 2026"], ["اقرأ أيضاً: توسعة الميناء تبدأ الشهر المقبل"],
           ["شارك المقال: فيسبوك تويتر واتساب", "اشترك في النشرة الإخبارية الأسبوعية",
            "جميع الحقوق محفوظة © جريدة الجزيرة 2026"]),
    "he": (["מאת יואב כהן", "14 במרץ 2026"], ["קראו גם: הנמל יורחב בשנה הבאה"],
           ["שתפו: פייסבוק וואטסאפ טוויטר", "הירשמו לעדכונים שלנו במייל", "© כל הזכויות שמורות לחדשות האי"]),
    "ja": (["2026年3月14日 8時30分"], ["関連記事：港に新しい岸壁"],
           ["この記事をシェアする", "ニュースレターに登録する", "Copyright © 青島新報 All rights reserved."]),
    "zh": (["记者 陈海燕", "2026年3月14日 08:30"], ["延伸阅读：港口扩建工程下月启动"],
           ["分享到：微信 微博", "订阅我们的每日简报", "版权所有 © 2026 青岛晚报"]),
}


def _story(language: str) -> tuple[str, list[str], list[str]]:
    headline, *paragraphs = PROSE[language]
    head, middle, tail = FURNITURE[language]
    lines = [headline, *head, paragraphs[0], paragraphs[1], *middle, paragraphs[2], *tail, "source site-17"]
    return "\n\n".join(lines) + "\n", paragraphs, [*head, *middle, *tail]


@pytest.mark.parametrize("language", sorted(PROSE))
def test_a_sites_furniture_in_its_language_goes_and_the_story_stays(language: str) -> None:
    text, paragraphs, furniture = _story(language)
    cleaned = clean_article(text, CleanConfig())
    assert [block.text for block in cleaned.blocks] == paragraphs
    assert {item.line for item in cleaned.removed} == {*furniture, "source site-17"}


# Sentences of a story with the words of a label, a date or a reservation of rights in them: they stay.
LOOKALIKES = [
    "Поделиться урожаем с соседями решили жители трёх сёл.",
    "Все права защищены законом, напомнил юрист, но на практике их часто нарушают.",
    "Condividi la tua esperienza con noi, ha detto il sindaco ai cittadini.",
    "Teilen ist wichtig, sagte die Leiterin der Tafel, denn viele Familien brauchen Hilfe.",
    "记者从市政府获悉，新的公交线路将于下月开通。",
    "شارك أكثر من ألف شخص في المسيرة يوم الجمعة.",
    "Paylaşım ekonomisi hızla büyüyor, dedi uzman.",
    "Le 4 novembre 2026, le conseil municipal a voté le budget de l'année suivante.",
    "כל הזכויות שמורות לעובדים, אמר נציג הוועד, והן לא ייפגעו.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_a_sentence_with_a_labels_words_stays(line: str) -> None:
    text = "\n\n".join([PROSE["de"][0], line, *PROSE["de"][1:], "source site-17"]) + "\n"
    assert line in [block.text for block in clean_article(text, CleanConfig()).blocks]


@pytest.mark.parametrize("label", ["Редакция", "Redaktion", "La rédaction", "Redacción", "Haber Merkezi", "编辑部"])
def test_a_newsroom_credited_alone_at_the_top_is_a_byline(label: str) -> None:
    headline, *paragraphs = PROSE["ru"]
    text = "\n\n".join([headline, label, *paragraphs, "source site-17"]) + "\n"
    cleaned = clean_article(text, CleanConfig())
    assert [block.text for block in cleaned.blocks] == paragraphs
    assert {item.line: item.family for item in cleaned.removed}[label] == "byline"
