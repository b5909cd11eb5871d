#!/usr/bin/env python3
"""Generate a synthetic eligibility snapshot (spec/snapshot.md) for benchmarks.

    bench/generate_snapshot.py N [--seed S] [--as-of YYYY-MM-DD] > snapshot.csv

Writes N insured persons in households of 1-6 members, UTF-8 with LF line ends, with the same
columns (in the same order) as samples/snapshot.csv. The output depends only on N, the seed and
the reference date. The file validates cleanly for that reference date: real dates,
acquired_on <= lost_on, no birth after it, unique person_id, household columns equal on every
member's row, everyone under 75. Every person whose elderly status can start by the end of the
cycle has a ratio, so a run with ratio_on_certificate does not refuse.

Mix (approximate): 62% registered for マイナ保険証 (of them ~4% with a returned card and ~4% with
an electronic certificate expired beyond the grace period), 34% not registered, 4% cancelled;
2% applied for a 資格確認書, 1% 要配慮者; 3% arrears households; 15% aged 65-74; 2% foreign
residents with a residence end date; 2% lost; 0.5% 外字 in the name (𠮷, 鷗, 髙, 﨑).
Standard library only.
"""
import argparse
import csv
import datetime
import io
import random
import sys

COLUMNS = [
    "household_id", "head_name", "head_kana", "postal_code", "address", "address_extra",
    "mail_name", "mail_postal_code", "mail_address", "mail_address_extra", "arrears_special",
    "symbol", "person_id", "insured_number", "branch", "name", "name_kana", "birth_date", "sex",
    "relationship", "acquired_on", "lost_on", "mynumber_insurance", "ecert_expires_on",
    "card_returned", "certificate_applied_on", "considerate", "residence_expires_on",
    "student_special_until", "ratio", "limit_category", "limit_category_requested",
    "specified_disease", "specified_disease_limit", "specified_disease_from", "taxable_income",
    "income", "old_proviso_income", "prior_municipality",
]

CITY = "静岡県みどり市"
# (town, postal code, symbol)
DISTRICTS = [
    ("中央一丁目", "419-0601", "01"), ("中央二丁目", "419-0601", "01"), ("本町", "419-0602", "01"),
    ("緑町", "419-0603", "01"), ("桜ヶ丘", "419-0604", "01"), ("東山田町", "419-0605", "02"),
    ("西浦", "419-0606", "02"), ("川端町", "419-0607", "02"), ("若葉台", "419-0608", "03"),
    ("松原", "419-0609", "03"), ("富士見台", "419-0610", "03"), ("大字北沢", "419-0611", "03"),
]
BUILDINGS = ["コーポみどり", "サンハイツ", "グリーンハイツ", "メゾン桜ヶ丘", "パークサイド川端",
             "ハイツ若葉", "レジデンス中央", "みどり市営住宅東山田第二団地　Ｃ棟"]
SURNAMES = [
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
    ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
    ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
    ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("阿部", "アベ"),
    ("石川", "イシカワ"), ("山下", "ヤマシタ"), ("中島", "ナカジマ"), ("石井", "イシイ"), ("小川", "オガワ"),
    ("前田", "マエダ"), ("岡田", "オカダ"), ("長谷川", "ハセガワ"), ("藤田", "フジタ"), ("後藤", "ゴトウ"),
    ("近藤", "コンドウ"), ("村上", "ムラカミ"), ("遠藤", "エンドウ"), ("青木", "アオキ"), ("坂本", "サカモト"),
]
# 外字 and CP932-only variants, used rarely
RARE_SURNAMES = [("𠮷田", "ヨシダ"), ("髙橋", "タカハシ"), ("山﨑", "ヤマサキ")]
RARE_GIVEN = ("鷗子", "オウコ")
# given names by generation: born before 1975, and later
MALE_OLD = [("一郎", "イチロウ"), ("健二", "ケンジ"), ("誠", "マコト"), ("浩", "ヒロシ"), ("正", "タダシ"),
            ("茂", "シゲル"), ("昭", "アキラ"), ("実", "ミノル"), ("隆", "タカシ"), ("勝", "マサル"),
            ("進", "ススム"), ("博", "ヒロシ"), ("清", "キヨシ"), ("修", "オサム")]
MALE_NEW = [("聡", "サトシ"), ("翔太", "ショウタ"), ("拓也", "タクヤ"), ("大輔", "ダイスケ"), ("陽翔", "ハルト"),
            ("蓮", "レン"), ("湊", "ミナト"), ("大翔", "ヒロト"), ("悠真", "ユウマ"), ("海斗", "カイト"),
            ("颯太", "ソウタ"), ("健太", "ケンタ"), ("亮", "リョウ"), ("翼", "ツバサ")]
FEMALE_OLD = [("花子", "ハナコ"), ("和子", "カズコ"), ("恵子", "ケイコ"), ("由美", "ユミ"), ("洋子", "ヨウコ"),
              ("幸子", "サチコ"), ("節子", "セツコ"), ("久美", "クミ"), ("智子", "トモコ"), ("文子", "フミコ"),
              ("直美", "ナオミ"), ("トミ", "トミ"), ("美智子", "ミチコ"), ("房江", "フサエ")]
FEMALE_NEW = [("美咲", "ミサキ"), ("結衣", "ユイ"), ("陽菜", "ヒナ"), ("さくら", "サクラ"), ("美月", "ミツキ"),
              ("彩", "アヤ"), ("真由", "マユ"), ("麻衣", "マイ"), ("愛", "アイ"), ("七海", "ナナミ"),
              ("莉子", "リコ"), ("結菜", "ユイナ"), ("心愛", "ココア"), ("美穂", "ミホ")]
GIVEN = {(1, True): MALE_OLD, (1, False): MALE_NEW, (2, True): FEMALE_OLD, (2, False): FEMALE_NEW}
FOREIGN = [("NGUYEN VAN NAM", "グエン　ヴァン　ナム"), ("NGUYEN THI LAN", "グエン　ティ　ラン"),
           ("SANTOS ANA KEIKO", "サントス　アナ　ケイコ"), ("王　建国", "ワン　ジエングオ"),
           ("RODRIGUES DA SILVA, MARIA FERNANDA", "ロドリゲス　ダ　シルバ　マリア　フェルナンダ"),
           ("ワンナポーン　チャルームシースワンナプーム", "ワンナポーン　チャルームシースワンナプーム"),
           ("朴　智恩", "パク　チウン"), ("TRAN MINH DUC", "チャン　ミン　ドゥック")]
UNDER70_LIMITS = ["ア", "イ", "ウ", "エ", "オ"]
ELDERLY_LIMITS = ["現役並みIII", "現役並みII", "現役並みI", "一般", "低所得II", "低所得I"]
MAIL = [("障害者支援施設みどり園　園長", "4190608", CITY + "若葉台五丁目1番1号", "みどり園　相談室"),
        ("成年後見人　弁護士　青木　一郎", "420-0031", "静岡県あおば市呉服町二丁目1番5号", "あおば法律事務所"),
        ("斎藤　健太", "420-0034", "静岡県あおば市常磐町三丁目7番2号", "パークサイドあおば　５０２号室")]
# relationship to a head who is not insured (the members are his parents and siblings)
FICTITIOUS_REL = {("世帯主", 1): "父", ("世帯主", 2): "母", ("妻", 2): "母", ("夫", 1): "父",
                  ("子", 1): "弟", ("子", 2): "妹"}
PRIOR = ["221309 浜松市", "221007 静岡市", "131016 千代田区", "011002 札幌市"]


# household size 1..6: 45%, 30%, 12%, 8%, 4%, 1% (NHI households are mostly small)
SIZE_CUMULATIVE = (0.45, 0.75, 0.87, 0.95, 0.99)


class Dates:
    """ISO strings of every day in a fixed range, indexed by ordinal: no formatting per row."""

    def __init__(self, first, last):
        self.base = first.toordinal()
        self.iso = [datetime.date.fromordinal(o).isoformat()
                    for o in range(self.base, last.toordinal() + 1)]

    def __call__(self, ordinal):
        return self.iso[ordinal - self.base]


def generate(n, seed, as_of, out):
    rnd = random.Random(seed).random
    dates = Dates(datetime.date(1940, 1, 1), datetime.date(2040, 12, 31))
    today = as_of.toordinal()
    # oldest insured birth date: turns 75 after the reference date (28 Feb stands in for 29 Feb)
    oldest = datetime.date(as_of.year - 75, as_of.month, min(as_of.day, 28)
                           if as_of.month == 2 else as_of.day).toordinal() + 1
    # born on or before this day: elderly status may start by the end of the cycle
    # (1 Aug .. 31 Jul) -> gets a ratio, so that ratio_on_certificate never refuses
    ratio_born_by = datetime.date(as_of.year - 69, 8, 1).toordinal()
    march31 = [datetime.date(as_of.year + k, 3, 31).toordinal() for k in (1, 2, 3)]

    def pick(seq):
        return seq[int(rnd() * len(seq))]

    def birth(age_lo, age_hi):
        o = today - int((age_lo + rnd() * (age_hi - age_lo + 1)) * 365.2425)
        return min(max(o, oldest), today)

    born_1975 = datetime.date(1975, 1, 1).toordinal()

    def name(sex, surname, born, taken=()):
        pool = GIVEN[sex, born < born_1975]
        given = pick(pool)
        if any(n.endswith("　" + given[0]) for n, _ in taken):  # one retry: no twins by name
            given = pick(pool)
        if sex == 2 and rnd() < 0.001:
            given = RARE_GIVEN
        return surname[0] + "　" + given[0], surname[1] + "　" + given[1]

    def adult_age():
        u = rnd()
        if u < 0.20:
            return birth(65, 74)
        if u < 0.50:
            return birth(45, 64)
        return birth(20, 44)

    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    person = 0
    household = 0
    while person < n:
        household += 1
        u = rnd()
        size = 1 + sum(u >= c for c in SIZE_CUMULATIVE)
        size = min(size, n - person)
        town, postal, symbol = pick(DISTRICTS)
        surname = pick(RARE_SURNAMES) if rnd() < 0.005 else pick(SURNAMES)
        foreign = rnd() < 0.02
        # members: (sex, birth ordinal, relationship)
        head_sex = 1 if rnd() < 0.6 else 2
        head_birth = adult_age()
        members = [(head_sex, head_birth, "世帯主")]
        if size >= 2:
            members.append((3 - head_sex, min(max(head_birth + int((rnd() - 0.5) * 3000), oldest), today - 7300),
                            "妻" if head_sex == 1 else "夫"))
        for _ in range(size - len(members)):
            # children: born 18-40 years after the head, not in the future
            b = head_birth + int((18 + rnd() * 22) * 365.2425)
            if b > today:
                b = today - int(rnd() * max(0, today - head_birth - 6575))
            members.append((1 if rnd() < 0.5 else 2, b, "子"))
        if foreign:
            names = [pick(FOREIGN) for _ in members]
        else:
            names = []
            for s, b, _ in members:
                names.append(name(s, surname, b, names))
        head_name, head_kana = names[0]
        if members[0][1] < today - 21915 and rnd() < 0.08:
            # 擬制世帯主 (about 3% of households): the head, a son insured at work, is not in the rows
            head_name, head_kana = name(1, surname, members[0][1] + 9000)
            members = [(s, b, FICTITIOUS_REL[r, s]) for s, b, r in members]
        extra = pick(BUILDINGS) + "　" + str(101 + int(rnd() * 9) * 100 + int(rnd() * 9)) + "号室" \
            if rnd() < 0.25 else ""
        address = CITY + town + str(1 + int(rnd() * 30)) + "番" + str(1 + int(rnd() * 20)) + "号"
        if rnd() < 0.02:
            mail = list(pick(MAIL))
        else:
            mail = ["", "", "", ""]
        arrears = "1" if rnd() < 0.03 else "0"
        household_id = f"H{household:07d}"
        insured_number = f"{(1000000 + household) % 10000000:07d}"
        ratio = "3" if rnd() < 0.08 else "2"
        household_acq = today - int(rnd() * 7300)
        head_cols = [household_id, head_name, head_kana, postal, address, extra] + mail + [arrears, symbol]

        for m, ((sex, b, rel), (nm, kana)) in enumerate(zip(members, names), start=1):
            person += 1
            acquired = max(b, household_acq)
            lost = ""
            u = rnd()
            if u < 0.02:
                lost = dates(acquired + int(rnd() * (today - acquired + 1)))
            elif u < 0.023:
                lost = dates(today + 1 + int(rnd() * 60))
            # registration
            u = rnd()
            ecert = card_returned = ""
            if u < 0.62:
                my = "registered"
                v = rnd()
                if v < 0.04:
                    ecert = dates(today - 100 - int(rnd() * 900))   # expired beyond the grace period
                else:
                    ecert = dates(today - 60 + int(rnd() * 1900))
                card_returned = "1" if rnd() < 0.04 else "0"
            elif u < 0.96:
                my = "none" if rnd() < 0.95 else ""
                card_returned = "0"
            else:
                my = "cancelled"
                card_returned = "0"
            applied = dates(today - int(rnd() * 400)) if rnd() < 0.02 else ""
            age_days = today - b
            elderly = b <= ratio_born_by
            considerate = "1" if rnd() < (0.04 if elderly else 0.005) else "0"
            residence = dates(today + 20 + int(rnd() * 1500)) if foreign else ""
            student = ""
            if 6574 <= age_days <= 8766 and rnd() < 0.05:  # aged 18-24
                student = dates(pick(march31))
            limit = limit_req = ""
            if rnd() < 0.10:
                limit = pick(ELDERLY_LIMITS if elderly else UNDER70_LIMITS)
                limit_req = "1" if rnd() < 0.5 else "0"
            disease = disease_limit = disease_from = ""
            if rnd() < 0.001:
                disease, disease_limit = "dialysis", ("20000" if rnd() < 0.2 else "10000")
                disease_from = dates(acquired + int(rnd() * (today - acquired + 1)))
            taxable = income = old_proviso = prior = ""
            if elderly:
                if ratio == "3":
                    taxable, income, old_proviso = "2400000", "5600000", "3800000"
                else:
                    k = int(rnd() * 10)
                    taxable, income, old_proviso = str(k * 100000), str(800000 + k * 200000), str(k * 150000)
                if acquired > today - 365 and rnd() < 0.5:
                    prior = pick(PRIOR)
            w.writerow(head_cols + [
                f"1{person:09d}", insured_number, f"{m:02d}", nm, kana, dates(b), str(sex), rel,
                dates(acquired), lost, my, ecert, card_returned, applied, considerate, residence,
                student, ratio if elderly else "", limit, limit_req, disease, disease_limit,
                disease_from, taxable, income, old_proviso, prior,
            ])
    return household


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of insured persons (rows)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--as-of", default="2026-07-10", help="reference date the file must be valid for")
    args = ap.parse_args()
    if args.n < 0:
        ap.error("N must be >= 0")
    as_of = datetime.date.fromisoformat(args.as_of)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
    households = generate(args.n, args.seed, as_of, out)
    out.flush()
    print(f"generate_snapshot: {args.n} persons in {households} households (seed {args.seed})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
