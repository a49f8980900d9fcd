"""briefgen/extract/language.py: which language an article reads as, and what a briefing of a
non-English article leaves out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.extract.language import (
    ALSO_IN_ENGLISH,
    ENGLISH_WORDS,
    LATIN_LANGUAGES,
    MIN_WORDS,
    NAMES,
    SCRIPT_LANGUAGES,
    SCRIPTS,
    UNDETERMINED,
    _WORD,
    declared_language,
    detect_language,
    language_name,
)
from briefgen.pipeline import analyze
from briefgen.site import Entry, briefing_page, page_data, site_pages

# The same news item in each language (written for these tests), long enough to decide on.
FOREIGN = {
    "es": "El gobierno anunció este martes que las negociaciones con los sindicatos continuarán durante la "
          "próxima semana. Según el ministro, todavía no hay un acuerdo sobre los salarios, pero las partes "
          "se han comprometido a seguir hablando hasta que encuentren una solución que sea aceptable para "
          "todos los trabajadores del sector.",
    "pt": "O governo anunciou nesta terça-feira que as negociações com os sindicatos vão continuar durante a "
          "próxima semana. Segundo o ministro, ainda não há um acordo sobre os salários, mas as partes se "
          "comprometeram a seguir conversando até encontrar uma solução que seja aceitável para todos os "
          "trabalhadores do setor.",
    "fr": "Le gouvernement a annoncé mardi que les négociations avec les syndicats se poursuivront pendant la "
          "semaine prochaine. Selon le ministre, il n'y a pas encore d'accord sur les salaires, mais les deux "
          "parties se sont engagées à continuer à discuter jusqu'à ce qu'elles trouvent une solution "
          "acceptable pour tous les travailleurs du secteur.",
    "de": "Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen mit den Gewerkschaften in der "
          "nächsten Woche fortgesetzt werden. Nach Angaben des Ministers gibt es noch keine Einigung über die "
          "Löhne, aber beide Seiten haben sich verpflichtet, weiter zu verhandeln, bis sie eine Lösung finden, "
          "die für alle Beschäftigten der Branche annehmbar ist.",
    "it": "Il governo ha annunciato martedì che i negoziati con i sindacati continueranno anche la prossima "
          "settimana. Secondo il ministro, non c'è ancora un accordo sui salari, ma le parti si sono impegnate "
          "a continuare a discutere finché non troveranno una soluzione che sia accettabile per tutti i "
          "lavoratori del settore.",
    "nl": "De regering heeft dinsdag aangekondigd dat de onderhandelingen met de vakbonden volgende week worden "
          "voortgezet. Volgens de minister is er nog geen akkoord over de lonen, maar beide partijen hebben "
          "beloofd om verder te praten totdat ze een oplossing vinden die voor alle werknemers in de sector "
          "aanvaardbaar is.",
    "id": "Pemerintah mengumumkan pada hari Selasa bahwa perundingan dengan serikat pekerja akan dilanjutkan "
          "pada minggu depan. Menurut menteri, belum ada kesepakatan tentang upah, tetapi kedua pihak telah "
          "berjanji untuk terus berbicara sampai mereka menemukan solusi yang dapat diterima oleh semua "
          "pekerja di sektor tersebut.",
    "sv": "Regeringen meddelade på tisdagen att förhandlingarna med fackförbunden kommer att fortsätta under "
          "nästa vecka. Enligt ministern finns det ännu ingen överenskommelse om lönerna, men parterna har "
          "lovat att fortsätta samtalen tills de hittar en lösning som är godtagbar för alla anställda i "
          "branschen.",
    "pl": "Rząd poinformował we wtorek, że negocjacje ze związkami zawodowymi będą kontynuowane w przyszłym "
          "tygodniu. Według ministra nie ma jeszcze porozumienia w sprawie płac, ale obie strony zobowiązały "
          "się do dalszych rozmów, dopóki nie znajdą rozwiązania, które będzie do przyjęcia dla wszystkich "
          "pracowników sektora.",
    "tr": "Hükümet salı günü yaptığı açıklamada sendikalarla yapılan görüşmelerin gelecek hafta da devam "
          "edeceğini bildirdi. Bakanın açıklamasına göre ücretler konusunda henüz bir anlaşma yok, ancak "
          "taraflar sektördeki bütün çalışanlar için kabul edilebilir bir çözüm bulana kadar görüşmeye devam "
          "etme sözü verdi ve bu süreç çok önemli olarak görülüyor.",
    "ru": "Правительство объявило во вторник, что переговоры с профсоюзами продолжатся на следующей неделе. "
          "По словам министра, соглашения о зарплатах пока нет, но стороны пообещали продолжать переговоры, "
          "пока не найдут решение, которое будет приемлемо для всех работников отрасли.",
    "uk": "Уряд оголосив у вівторок, що переговори з профспілками триватимуть і наступного тижня. За словами "
          "міністра, згоди щодо зарплат поки немає, але сторони пообіцяли продовжувати розмови, доки не "
          "знайдуть рішення, яке буде прийнятним для всіх працівників галузі.",
    "ar": "أعلنت الحكومة يوم الثلاثاء أن المفاوضات مع النقابات ستستمر خلال الأسبوع المقبل. وقال الوزير إنه لا "
          "يوجد حتى الآن اتفاق على الأجور، لكن الطرفين تعهدا بمواصلة الحديث حتى يتم التوصل إلى حل يكون مقبولا "
          "لجميع العاملين في هذا القطاع.",
    "he": "הממשלה הודיעה ביום שלישי כי המשא ומתן עם האיגודים יימשך גם בשבוע הבא. לדברי השר, עדיין אין הסכם "
          "על השכר, אך הצדדים התחייבו להמשיך לדבר עד שימצאו פתרון מקובל על כל העובדים בענף.",
    "el": "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι διαπραγματεύσεις με τα συνδικάτα θα συνεχιστούν την επόμενη "
          "εβδομάδα. Σύμφωνα με τον υπουργό, δεν υπάρχει ακόμη συμφωνία για τους μισθούς.",
    "ja": "政府は火曜日、労働組合との交渉を来週も続けると発表しました。大臣によると、賃金についてはまだ合意に至って"
          "いませんが、双方は業界のすべての労働者が受け入れられる解決策が見つかるまで話し合いを続けることを約束しました。",
    "zh": "政府星期二宣布，与工会的谈判将在下周继续进行。部长表示，双方在工资问题上尚未达成协议，但承诺将继续对话，"
          "直到找到所有行业工人都能接受的解决方案。",
    "ko": "정부는 화요일 노동조합과의 협상이 다음 주에도 계속될 것이라고 발표했다. 장관에 따르면 임금에 대한 합의는 "
          "아직 이루어지지 않았지만 양측은 업계의 모든 노동자가 받아들일 수 있는 해결책을 찾을 때까지 대화를 "
          "계속하기로 약속했다.",
    "hi": "सरकार ने मंगलवार को घोषणा की कि यूनियनों के साथ बातचीत अगले सप्ताह भी जारी रहेगी। मंत्री के अनुसार "
          "वेतन पर अभी कोई समझौता नहीं हुआ है, लेकिन दोनों पक्षों ने बातचीत जारी रखने का वादा किया है।",
    "th": "รัฐบาลประกาศเมื่อวันอังคารว่าการเจรจากับสหภาพแรงงานจะดำเนินต่อไปในสัปดาห์หน้า "
          "รัฐมนตรีกล่าวว่ายังไม่มีข้อตกลงเรื่องค่าจ้าง",
}

# English that a careless check takes for another language. Each is long enough to decide on.
HARD_ENGLISH = {
    "sports results table": (
        "SOCCER - SPANISH FIRST DIVISION RESULTS / STANDINGS.\nMADRID 1996-09-01\n"
        "Results of Spanish first division soccer matches played on Saturday and Sunday:\n"
        "Real Madrid 2 Atletico de Madrid 1\nDeportivo de La Coruna 0 Celta de Vigo 0\n"
        "Real Sociedad 3 Sporting de Gijon 1\nRayo Vallecano 1 Real Betis 2\n"
        "Union Deportiva Las Palmas 0 Real Zaragoza 0\nUniao de Leiria 0 Vitoria de Guimaraes 0\n"
        "Estrela da Amadora 1 Sporting de Braga 1\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "Barcelona 3 3 0 0 9 2 9\nReal Madrid 3 2 1 0 6 3 7\nValencia 3 2 0 1 5 4 6"
    ),
    "names and numbers": (
        "Official results, Jakarta: Joko Widodo 85,607,362 (55.5%), Prabowo Subianto 68,650,239 (44.5%). "
        "Turnout: Dan Yang 1,204; Ada Para 998; Ini Itu 977; Dari Dalam 310; Yang Jiechi 12; "
        "Kamu Juga 9; Jangan Akan 4. Seats: Banten 22, Aceh 13, Bali 9, Papua 10, Riau 11, Jambi 8, "
        "Bengkulu 4, Gorontalo 3, Maluku 4, Lampung 20, Sulawesi 45, Kalimantan 38, Sumatra 80, Java 306. "
        "Observers: Ini Dari, Tidak Ada, Dengan Untuk, Pada Juga, Bisa Kita."
    ),
    "interview transcript": (
        "Q: So what happened next?\nA: Yeah, ya know, we've been out there, er, for weeks. Nada. "
        "Yo, I'm telling ya, it was tough.\nQ: Did you think about quitting?\nA: Never. I've got a team "
        "and we're in it together. Si, se puede, that's what the guys say, and they mean it.\n"
        "Q: What's next for you?\nA: Rest, then the pre-season, then we'll see."
    ),
    "quotes a few foreign words": (
        "The crowd chanted \"liberté, égalité, fraternité\" as the president arrived. Later a banner read "
        "\"¿Dónde está el dinero?\", a question the opposition has asked for months. Officials said the "
        "Weltanschauung of the new cabinet was, in their words, a kind of dolce vita for the rich, and "
        "that the reforms would be pushed through before the summer break."
    ),
    "name particles": (
        "Mayor Bill de Blasio met Ursula von der Leyen, Lula da Silva, Mohammed bin Salman and a "
        "delegation sent by Bashar al-Assad. James Van Der Beek and Rafael van der Vaart joined later, "
        "with Gabriel García Márquez's son and Charles de Gaulle's grandson. None of them spoke to the "
        "press, and the talks ended after an hour."
    ),
    "hyphenated prefixes": (
        "The co-founder wrote an op-ed for a non-profit group, calling the plan un-American. The "
        "pre-season report, a bi-weekly survey, found support for the anti-war mid-term candidates, "
        "the ex-president said. Officials want to de-escalate before the re-election campaign, and "
        "their co-op partners agreed on the X-ray checks at the border."
    ),
    "headline in capitals": (
        "DE LA RUA SAYS ARGENTINA WILL NOT DEVALUE. BUENOS AIRES 1996-12-06. President Fernando de la "
        "Rua said on Friday that the government would not devalue the peso, and that the banks of Buenos "
        "Aires would remain open. He spoke after meeting the central bank chief at the Casa Rosada."
    ),
    "Spanish sentence quoted in an English story": (
        "The minister was blunt. \"No vamos a negociar con los que no respetan la ley\", he told reporters "
        "in Madrid, which means the government will not negotiate with those who do not respect the law. "
        "His spokesman later said that the remark was aimed at the separatists, not at the unions, and "
        "that talks with the unions would continue next week as planned."
    ),
}


# -- the tables ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LATIN_LANGUAGES, ids=lambda lang: lang.code)
def test_no_latin_table_word_is_also_english(language) -> None:
    clashes = sorted(w for w in language.words if w in ENGLISH_WORDS or w in ALSO_IN_ENGLISH)
    assert clashes == [], f"{language.code}: {clashes} are English too (see ALSO_IN_ENGLISH)"


@pytest.mark.parametrize("language", LATIN_LANGUAGES, ids=lambda lang: lang.code)
def test_latin_table_words_are_small_letters_of_two_or_more(language) -> None:
    for word in language.words:
        assert word.islower() and len(word) >= 2 and _WORD.fullmatch(word), (language.code, word)


def test_every_code_has_a_name_and_codes_are_unique() -> None:
    codes = [lang.code for lang in (*LATIN_LANGUAGES, *SCRIPT_LANGUAGES)]
    assert len(codes) == len(set(codes))
    for code in [*codes, *(s.code for s in SCRIPTS if s.code != UNDETERMINED)]:
        assert NAMES[code] and language_name(code) == NAMES[code]
    assert language_name("en") == "English" and language_name(UNDETERMINED) == ""


def test_script_ranges_do_not_overlap() -> None:
    ranges = sorted(r for s in SCRIPTS for r in s.ranges)
    assert all(first <= last for first, last in ranges)
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:]))


# -- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_article_is_named(code: str) -> None:
    assert detect_language([FOREIGN[code]]) == code


@pytest.mark.parametrize("name", sorted(HARD_ENGLISH))
def test_hard_english_stays_english(name: str) -> None:
    text = HARD_ENGLISH[name]
    assert len(_WORD.findall(text)) >= MIN_WORDS, "long enough that the word shares decide"
    assert detect_language(text.split("\n")) == "en"


@pytest.mark.parametrize("text", [
    "", "Talks resume on Monday.", "Conversaciones el lunes: el gobierno y los sindicatos.",
    "Die Gespräche werden am Montag fortgesetzt, sagt der Minister.",
    "1-0 2-1 3-3 (4-2 pen.)",
], ids=["empty", "short English", "short Spanish", "short German", "scores only"])
def test_too_little_text_is_english(text: str) -> None:
    assert detect_language([text]) == "en"


def test_a_foreign_paragraph_in_a_long_english_article_stays_english() -> None:
    english = [HARD_ENGLISH["Spanish sentence quoted in an English story"], HARD_ENGLISH["name particles"]]
    assert detect_language([english[0], FOREIGN["es"], english[1]]) == "en"


def test_cyrillic_without_function_words_of_a_known_language_is_undetermined() -> None:
    words = "Алматы Астана Шымкент Караганда Актобе Тараз Павлодар Костанай Кызылорда Атырау"
    assert detect_language([f"{words} 2024. " * 3]) == UNDETERMINED


def test_japanese_with_many_han_characters_is_japanese_not_chinese() -> None:
    text = "東京都知事選挙は七日に投開票され、現職の知事が再選を確実にした。選挙管理委員会によると、投票率は前回を上回った。"
    assert detect_language([text]) == "ja"


# English sentences to mix with names: capitalised words never count for another language.
_SENTENCES = [
    "The talks ended on Monday without a deal.",
    "Officials said the plan would be announced after the vote.",
    "He told reporters that the border had been closed for weeks.",
    "It was not clear whether the ceasefire would hold.",
]
_NAME_WORDS = sorted({w.capitalize() for lang in LATIN_LANGUAGES for w in lang.words})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SENTENCES), st.sampled_from(_NAME_WORDS),
                          st.integers(0, 10_000).map(str)), min_size=1, max_size=120))
def test_english_mixed_with_capitalised_names_and_numbers_is_english(parts: list[str]) -> None:
    assert detect_language([" ".join(parts)]) == "en"


_ALL_WORDS = sorted({w for lang in LATIN_LANGUAGES for w in lang.words})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_ALL_WORDS), max_size=MIN_WORDS - 1))
def test_fewer_words_than_min_words_is_english(words: list[str]) -> None:
    assert detect_language([" ".join(words)]) == "en"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=5))
def test_any_text_gives_a_known_code(paragraphs: list[str]) -> None:
    assert detect_language(paragraphs) in {"en", UNDETERMINED, *NAMES}


# -- what a briefing of a non-English article shows -----------------------------------------------

PORTUGUESE_ARTICLE = """Lula diz que acordo com os sindicatos está próximo

O presidente Luiz Inácio Lula da Silva disse nesta terça-feira, em Brasília, que o governo está muito perto de um acordo com os sindicatos. "Nós vamos resolver isso até o fim do mês", afirmou o presidente aos jornalistas.

Segundo o ministro do Trabalho, as negociações sobre os salários vão continuar na próxima semana. O ministro disse que ainda não há uma data para a assinatura, mas que as partes se comprometeram a encontrar uma solução que seja aceitável para todos os trabalhadores.

"Não é uma questão de dinheiro, é uma questão de respeito", disse um dirigente sindical em São Paulo. Os sindicatos pedem um aumento de 8% e a volta das negociações coletivas em todo o país.
"""


def _portuguese(name: str = "lula.txt") -> dict:
    return page_data(analyze(PORTUGUESE_ARTICLE, format="text", name=name))


def test_non_english_briefing_has_no_actors_questions_timeline_or_speakers() -> None:
    data = _portuguese()
    assert data["language"] == "pt" and data["language_name"] == "Portuguese"
    assert data["actors"] == [] and data["questions"] == [] and data["timeline"] == []
    assert data["quotes"], "quotation marks read the same in any language"
    assert all(q["speaker"] is None and q["role"] is None and q["context"] is None and q["speaker_key"] is None
               for q in data["quotes"])
    assert data["summary"] and data["body"]


def test_non_english_page_says_why_and_has_no_actor_section() -> None:
    page = briefing_page(Entry("lula", _portuguese()), {})
    assert "This article reads as Portuguese." in page
    assert "extracted from English text only" in page
    assert 'id="actors"' not in page and 'id="open-questions"' not in page and 'id="timeline"' not in page
    assert 'id="key-quotes"' in page and "Unattributed" in page


def test_english_briefing_reads_as_english_and_its_page_has_no_language_note() -> None:
    data = page_data(analyze(HARD_ENGLISH["Spanish sentence quoted in an English story"], format="text", name="en.txt"))
    assert data["language"] == "en" and data["language_name"] == "English"
    assert "extracted from English text only" not in briefing_page(Entry("en", data), {})


def test_non_english_articles_add_nothing_to_the_actor_pages() -> None:
    entries = [Entry(f"lula-{i}", _portuguese(f"lula-{i}.txt")) for i in range(2)]
    pages = site_pages(entries)
    assert [path for path in pages if path.startswith("actors/")] == ["actors/index.md"]
    assert pages["actors/index.md"].context()["actors"] == []


# -- an editor's `language:` in front matter overrides detection -------------------------------------

@pytest.mark.parametrize(("value", "code"), [
    ("pt", "pt"), ("Portuguese", "pt"), (" portuguese ", "pt"), ("EN", "en"), ("English", "en"), ("ja", "ja"),
    ("Japanese", "ja"), ("klingon", None), ("", None), (3, None), (None, None), (UNDETERMINED, None),
])
def test_declared_language(value: object, code: str | None) -> None:
    assert declared_language(value) == code


def _markdown(language: str, body: str) -> dict:
    text = f"---\ntitle: A test\nlanguage: {language}\n---\n\n{body}"
    return page_data(analyze(text, format="markdown", name="declared.md"))


def test_declared_english_keeps_actors_of_a_text_detection_reads_as_portuguese() -> None:
    data = _markdown("en", PORTUGUESE_ARTICLE)
    assert data["language"] == "en" and data["actors"], "declared English: the extractors run"
    assert _markdown("", PORTUGUESE_ARTICLE)["language"] == "pt"


def test_declared_other_language_skips_english_extractors() -> None:
    english = HARD_ENGLISH["Spanish sentence quoted in an English story"]
    data = _markdown("Spanish", english)
    assert data["language"] == "es" and data["language_name"] == "Spanish" and data["actors"] == []


def test_unknown_declared_language_is_noted_and_detection_used() -> None:
    data = _markdown("klingon", PORTUGUESE_ARTICLE)
    assert data["language"] == "pt"
    assert any("'klingon' names no language" in note for note in data["notes"])
