#!/usr/bin/env bash
# Renders the pictures in docs/ from the samples: each form and variant, the postcard size,
# a printed envelope, a page of the issue list and of the 判定結果一覧, and an inquiry letter with its reply form
# and dispatch list (pdftoppm, 150 dpi). Needs a build (scripts/sample-run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
kokuho=build/kokuho
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

preview() {  # preview PERSON NAME [CONFIG]
  "$kokuho" preview --snapshot samples/snapshot.csv --as-of 2026-07-10 --person "$1" \
    --out "$work/$2.pdf" ${3:+--config "$3"} >/dev/null
  pdftoppm -r 150 -png "$work/$2.pdf" "$work/$2"
}

preview 10001301 certificate                  # 森　鷗子: 鷗 outside CP932
preview 10001602 certificate-special          # 70-74 in an arrears household: 2割, 発効期日
preview 10001201 notice                       # 𠮷田　花子: U+20BB7 from IPAmj Mincho
preview 10001601 notice-special               # 70-74, 特別療養, with 有効期限
cp -r samples/config "$work/postcard-config"
sed -i 's/^certificate_size: card /certificate_size: postcard /' "$work/postcard-config/output.yaml"
preview 10003101 certificate-postcard "$work/postcard-config"  # a long romaji name

# 高齢受給者証: 10030701, born 1952-02-29, 3割, valid until the day before the 75th birthday.
"$kokuho" preview --kind elderly --snapshot samples/snapshot-elderly.csv --as-of 2026-07-10 --person 10030701 \
  --out "$work/elderly.pdf" >/dev/null
pdftoppm -r 150 -png -f 1 -l 2 "$work/elderly.pdf" "$work/elderly-card"
pdftoppm -r 100 -png -singlefile -f 3 -l 3 "$work/elderly.pdf" "$work/elderly-notice"

# 特定疾病療養受療証: 91002001, dialysis under 70, 20,000 yen.
"$kokuho" preview --kind disease --snapshot samples/snapshot-limit.csv --as-of 2026-08-20 --valid-from 2026-08-01 --person 91002001 \
  --out "$work/disease.pdf" >/dev/null
pdftoppm -r 150 -png -f 1 -l 2 "$work/disease.pdf" "$work/disease-card"
# The same family's 長形3号 envelope, addressed in columns (縦書き): the household L20.
"$kokuho" annual certificates --kind disease --snapshot samples/snapshot-limit.csv --as-of 2026-08-20 \
  --valid-from 2026-08-01 --out "$work/disease-run" --db "$work/disease.sqlite" >/dev/null
pdftoppm -r 100 -png -singlefile -f 1 -l 1 "$work/disease-run/envelopes-0001.pdf" "$work/envelope-naga3"

# 限度額適用認定証 (91000101, ア) and 限度額適用・標準負担額減額認定証 (91000501, オ, 長期入院),
# issued on 20 August; the 勧奨通知 of the household L05, naming both its holders.
limit_sample="--snapshot samples/snapshot-limit.csv --as-of 2026-08-20 --valid-from 2026-08-01"
"$kokuho" preview --kind limit $limit_sample --person 91000101 --out "$work/limit.pdf" >/dev/null
pdftoppm -r 150 -png -f 1 -l 2 "$work/limit.pdf" "$work/limit-card"
"$kokuho" preview --kind limit $limit_sample --person 91000501 --out "$work/limit-reduced.pdf" >/dev/null
pdftoppm -r 150 -png -f 1 -l 1 "$work/limit-reduced.pdf" "$work/limit-reduced-card"
"$kokuho" preview --kind limit_notice --snapshot samples/snapshot-limit.csv --as-of 2026-06-10 --person 91000501 \
  --out "$work/limit-notice.pdf" >/dev/null
pdftoppm -r 100 -png -singlefile "$work/limit-notice.pdf" "$work/limit-notice"
"$kokuho" annual certificates --snapshot samples/snapshot.csv --as-of 2026-07-10 --out "$work/run" \
  --db "$work/history.sqlite" >/dev/null
pdftoppm -r 100 -png -f 1 -l 1 "$work/run/issue-list-0001.pdf" "$work/issue-list"
pdftoppm -r 100 -png -singlefile -f 1 -l 1 "$work/run/carrier-sheets-0001.pdf" "$work/carrier-sheet"
pdftoppm -r 100 -png -singlefile "$work/run/mailing-summary-0001.pdf" "$work/mailing-summary"
"$kokuho" ratio judge --snapshot samples/snapshot-judgment.csv --as-of 2026-07-10 --out "$work/judged" \
  --db "$work/history.sqlite" >/dev/null
pdftoppm -r 100 -png -f 1 -l 1 "$work/judged/judgment-list-0001.pdf" "$work/judgment-list"
"$kokuho" inquiry letters --snapshot samples/snapshot-judgment.csv --as-of 2026-07-10 --out "$work/asked" \
  --db "$work/history.sqlite" >/dev/null
letter="$work/asked/inquiry-011002.pdf"  # 札幌市: cover, 照会対象者一覧, one reply form
pdftoppm -r 100 -png -singlefile -f 1 -l 1 "$letter" "$work/inquiry-letter"
pdftoppm -r 100 -png -singlefile -f 3 -l 3 "$letter" "$work/inquiry-reply"
pdftoppm -r 100 -png -singlefile "$work/asked/dispatch-list-0001.pdf" "$work/dispatch-list"

# The month (5.7, 5.11, 5.10): the bulk batch registered, two envelopes back, the reissue, the
# monthly changes (the 変更理由のお知らせ of H0042: an application and a 要配慮者) and the
# status list.
batch=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['batch_id'])" "$work/run/manifest.json")
"$kokuho" history register --batch "$batch" --date 2026-07-15 --db "$work/history.sqlite" >/dev/null
"$kokuho" returns register --batch "$batch" --seq 3,7 --date 2026-07-21 --out "$work/returned" \
  --db "$work/history.sqlite" >/dev/null
month="--snapshot samples/snapshot-month.csv --as-of 2026-08-20 --db $work/history.sqlite"
"$kokuho" returns reissue $month --out "$work/reissue" >/dev/null
pdftoppm -r 100 -png -singlefile "$work/reissue/returned-list-0001.pdf" "$work/returned-list"
"$kokuho" monthly changes $month --out "$work/monthly" >/dev/null
page=$(python3 - "$work/monthly/issue-list.csv" <<'PY'
import csv, sys
envelopes = []
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    key = (row["世帯番号"], row["郵送区分"])
    if key not in envelopes:
        envelopes.append(key)
print(1 + [k[0] for k in envelopes].index("H0042"))
PY
)
pdftoppm -r 100 -png -singlefile -f "$page" -l "$page" "$work/monthly/change-notices-0001.pdf" "$work/change-notice"
"$kokuho" status list --as-of 2026-08-31 --snapshot samples/snapshot-month.csv --db "$work/history.sqlite" \
  --out "$work/status" >/dev/null
pdftoppm -r 100 -png -f 1 -l 1 "$work/status/status-list-0001.pdf" "$work/status-list"
rm -f docs/*.png
mkdir -p docs
# pdftoppm names pages X-1.png, X-2.png: a card's face and back; a letter has one page.
for png in "$work"/*.png; do
  name=$(basename "$png" .png)
  case $name in
    certificate*-1 | elderly-card-1 | disease-card-1 | limit-card-1 | limit-reduced-card-1) name=${name%-1}-front ;;
    certificate*-2 | elderly-card-2 | disease-card-2 | limit-card-2) name=${name%-2}-back ;;
    *-1) name=${name%-1} ;;
  esac
  cp "$png" "docs/$name.png"
done
ls docs
