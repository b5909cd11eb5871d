#pragma once
// The --help texts.

namespace kokuho::cli {

inline constexpr const char* input_options_help = R"(
Input options:
  --snapshot FILE        the eligibility snapshot CSV (spec/snapshot.md); - reads standard input
  --as-of YYYY-MM-DD     the snapshot's reference date (基準日), printed as 交付年月日
  --valid-from DATE      the first day of the cycle; default the next 1 August (the config's
                         cycle_start) on or after --as-of, or for pullout and replace the
                         issued batch's own. Within a year of --as-of: a run during the
                         cycle (the limit certificates of August's applications) gives the
                         first day of the cycle --as-of falls in
  --config DIR           insurer settings and rule options (insurer.yaml, rules.yaml,
                         output.yaml, history.yaml); default samples/config
  --encoding ENC         the snapshot's encoding: utf-8 (default) or cp932
  --ignore-unknown-columns   accept columns the snapshot format does not know
  --skip-invalid-rows    leave out invalid rows (listed in exceptions.csv) instead of
                         stopping with an error
  --project DIR          where templates/, layouts/ and fonts/ are (default: $KOKUHO_HOME,
                         else the source tree the program was built from)
)";

inline constexpr const char* main_help = R"(kokuho: NHI eligibility documents (資格確認書, 資格情報のお知らせ, ...) and contractor files

The yearly cycle, for each family of documents:
  kokuho annual certificates [--kind FAMILY] --snapshot FILE --as-of DATE --out DIR  (5.1.1, 5.1.2)
      the bulk issue: documents, issue file, issue list; records the batch in the history
  kokuho annual pullout --batch ID --snapshot FILE --as-of DATE --out DIR   (5.1.3)
      what to pull out of the mailing after the day-to-day changes (the batch's family)
  kokuho annual replace --batch ID --snapshot FILE --as-of DATE --out DIR   (5.1.4)
      the replacement documents for the pulled-out people still insured
  kokuho history register --batch ID [--date DATE]                      (5.1.5)
      record the batch as delivered, pulled-out documents excepted
  kokuho history collect --kind FAMILY --expired-by DATE | --file FILE.csv  (5.2.4)
      record expired or returned cards as collected (回収)
  kokuho history show --person ID | --household ID | --batch ID         (5.1.6)

  kokuho elderly changes --snapshot FILE --as-of DATE --out DIR                (5.9.1)
      new 高齢受給者証 for people whose ratio changed during the cycle

Limit certificates (5.3), in this order:
  kokuho limit recommend --snapshot FILE --as-of DATE --out DIR
      勧奨通知 to last year's holders, one letter per household
  kokuho limit apply --file FILE.csv
      applications entered in this tool (else the snapshot's limit_applied_on)
  kokuho annual certificates --kind limit --snapshot FILE --as-of DATE --out DIR
      限度額適用認定証 and 限度額適用・標準負担額減額認定証 of the applicants

Returned mail (5.7):
  kokuho returns register --batch ID --seq N[,N] --date DATE | --file FILE.csv --out DIR
      record what came back, with its envelope mates; writes the 返送分一覧
  kokuho returns reissue [--kind FAMILY] --snapshot FILE --as-of DATE --out DIR
      reissue to a new address, or hold, or close each return

  kokuho monthly changes [--kind FAMILY] --snapshot FILE --as-of DATE --out DIR   (5.11)
      the month's new documents and their 変更理由のお知らせ
  kokuho status list --as-of DATE [--kind FAMILY] [--household ID] [--snapshot FILE] --out DIR
      the 証交付状況一覧: who holds what, valid until when, in which status (5.10)

  kokuho barcode --postal-code NNN-NNNN --address TEXT [--format json]
      Japan Post's customer barcode of an address

  kokuho preview [--kind FAMILY] --snapshot FILE --as-of DATE --person ID --out FILE.pdf
      one person's document, as the bulk run would print it

Before the yearly issue, in this order:
  kokuho minors register --snapshot FILE --as-of DATE | --file FILE.csv --as-of DATE   (5.5.2)
      the minors counts of the households whose 70-74 head was head on 31 December
  kokuho minors show --household ID
  kokuho inquiry letters --snapshot FILE --as-of DATE --out DIR           (5.5.1)
      letters to the municipalities where people lived on 31 December, asking their income
  kokuho inquiry answers --file FILE.csv --as-of DATE                       (5.5.1)
      the answers of other municipalities for people who lived there on 31 December
  kokuho ratio judge --snapshot FILE --as-of DATE --out DIR                (5.6.1)
      the co-payment ratio (2割 / 3割) of every 70-74 person for the cycle

  kokuho COMMAND --help   for the options of a command

Exit status: 0 done; 2 bad input or configuration (the message names file:row:column and
nothing is written); 75 the history store stayed locked by another run, or another process
is doing the same run, which the message names (nothing is written: run again later;
history.yaml's busy_timeout_seconds says how long to wait for the lock); 1 internal failure.
)";

inline constexpr const char* annual_certificates_help = R"(kokuho annual certificates: the yearly bulk issue of a family of documents

Usage: kokuho annual certificates [--kind FAMILY] --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

Decides per insured person the form, variant and validity by the family's rules
(spec/rules.md), writes into DIR (which must not already hold a finished run) and records
the batch in the history store:
  FORMS-NNNN.pdf          the documents of each form, in mailing order (for eligibility:
                          certificates-NNNN.pdf and notices-NNNN.pdf)
  issue-file.dat          発行用ファイル, fixed-width CP932 (layouts/records/)
  issue-list-NNNN.pdf, issue-list.csv       交付一覧
  decisions.jsonl         one line per person of the snapshot
  exceptions.csv          replaced characters, shrunk or truncated values, skipped rows
  manifest.json           batch_id, every file with role, size, SHA-256, page/record count
The files are written into a new private folder beside DIR (.DIR.kokuho-PID-XXXXXX), the
batch is recorded, manifest.json is written last, and only then is the folder renamed to DIR.
A run that fails removes its folder; DIR must be new or empty.

Options:
  --kind FAMILY          the family of documents (families/FAMILY.yaml; kokuho --help lists
                         them); default the family marked default (eligibility)
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --debug-boxes          draw each field's box and name (for adjusting layouts)
  --jobs N               workers that compose and write the PDFs (default: the machine's
                         cores); the files are the same whatever N is
)";

inline constexpr const char* ratio_judge_help = R"(kokuho ratio judge: the co-payment ratio judgment for 70-74 (負担割合判定, 5.6.1)

Usage: kokuho ratio judge --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

Judges the cycle that starts on --valid-from (default: the next cycle start on or after
--as-of) with the income of the calendar year before it. Every insured person who is 70-74
on some day of the cycle is judged on their judgment day (the cycle's first day, or the day
their elderly status starts), with the household's 70-74 members of that day, by the steps
of spec/rules.md: income_unknown (pending), below_145, minors_adjustment, old_proviso_210,
standard_income (2割) or active_income (3割). rules.yaml's ratio_judgment: holds the options
(unknown_income, standard_income) and the amounts. Writes into DIR:
  judgments.jsonl         one object per judged person: person_id, household_id,
                          judgment_day, ratio (2, 3 or pending), rule, figures
  judgment-list-NNNN.pdf, judgment-list.csv   判定結果一覧 (layouts/lists/judgment-list.yaml)
  manifest.json
and records the judgments in the history store, keeping the earlier ones.

Options:
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
)";

inline constexpr const char* minors_register_help = R"(kokuho minors register: the minors counts of the ratio judgment (年少被保険者数登録, 5.5.2)

Usage: kokuho minors register --snapshot FILE --as-of YYYY-MM-DD [options]
       kokuho minors register --file FILE.csv --as-of YYYY-MM-DD [--valid-from DATE] [--config DIR] [--db FILE]

With --snapshot: derives, for every household whose judged 70-74 member was head on 31
December of the income year (head_on_dec31), the members under 16 and aged 16 to 18 that day
whose 合計所得金額 is within minor_income_limit (spec/rules.md step 2a), and registers them.
With --file: registers the counts given in a UTF-8 CSV file with the header
household_id,under_16,age_16_18 (counts 0 to 99); they replace the derived ones of the
cycle. The whole file is checked first: every problem with file:row:column, and nothing
registered. Either way the registration is one transaction and is printed; the same
registration again changes nothing. kokuho ratio judge uses the counts in force.

Options:
  --file FILE.csv        the given counts, instead of a snapshot
  --db FILE              the history store (default: the config's history.yaml)
)";

inline constexpr const char* minors_show_help = R"(kokuho minors show: the minors counts registered for a household (5.5.2)

Usage: kokuho minors show --household ID [--db FILE] [--config DIR]

Lists every count registered for the household, latest first: cycle, counts, source (derived
or given), registration and time; in_force marks the one the judgment of that cycle uses.
)";

inline constexpr const char* inquiry_letters_help = R"(kokuho inquiry letters: income inquiries to other municipalities (資格照会資料, 5.5.1)

Usage: kokuho inquiry letters --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

For the cycle of --as-of (or --valid-from), asks about every person the ratio judgment judges
(see kokuho ratio judge --help) whose prior_municipality is given (lived elsewhere on 31
December of the income year) and whose answer is not registered yet. The config's
inquiry.yaml gives the NHI section of each municipality by its 6-digit code, and
reply_within_days (回答期限). Writes into DIR, dated --as-of:
  inquiry-CODE.pdf        one letter per municipality: the cover letter (window envelope),
                          the 照会対象者一覧 and a reply form (回答書) per person
  dispatch-list-NNNN.pdf, dispatch-list.csv   資格照会資料発送一覧: every person with the
                          letter's number, or 宛先不明 when the code is not in inquiry.yaml
                          (no letter), and the day an earlier run of the cycle asked
  exceptions.csv          the 宛先不明 people, and values shrunk or not fitting
  manifest.json
and records the inquiries sent in the history store. Asking again later (no answer yet) is a
new run whose list shows the earlier day (再照会). Register the answers with kokuho inquiry
answers.

Options:
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
)";

inline constexpr const char* inquiry_answers_help = R"(kokuho inquiry answers: register answers to inquiries (資格照会, 5.5.1)

Usage: kokuho inquiry answers --file FILE.csv --as-of YYYY-MM-DD [--valid-from DATE] [--config DIR] [--db FILE]

Registers, for the cycle of --as-of (or --valid-from), the answers of other municipalities
about people who lived there on 31 December of the income year. FILE.csv is UTF-8 with the
header
  person_id,answered_on,taxable_income,income,old_proviso_income,total_income,head_on_dec31,under_16,age_16_18
amounts in yen (digits; empty when not given), head_on_dec31 1 or 0, and the counts of that
household's members under 16 and aged 16 to 18 (0 to 99). The whole file is checked first:
every problem with file:row:column, and nothing registered. An answer the same as the one in
force changes nothing and is counted as unchanged; a later answer replaces it, and the
earlier is kept. kokuho ratio judge uses the answers in force in place of the snapshot's
figures for those people.
)";

inline constexpr const char* annual_pullout_help = R"(kokuho annual pullout: documents to pull out of an issued batch (5.1.3)

Usage: kokuho annual pullout --batch ID --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

Compares every document of the batch with what its family's rules give for the current
snapshot and lists those to pull out, with the family's reasons (for eligibility: lost,
moved_out, name, address, mail_address, head, form, variant, ratio, validity). People new since the batch are not pull-outs. Writes
pullout-list-NNNN.pdf and pullout-list.csv (抜取対象者一覧), pullout-file.dat (抜取用ファイル),
pullouts.jsonl and manifest.json, and records the pull-outs in the history store.

Options:
  --batch ID             the issued batch (its id is in its manifest.json)
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
)";

inline constexpr const char* annual_replace_help = R"(kokuho annual replace: replacement documents (差替分) for a pulled-out batch (5.1.4)

Usage: kokuho annual replace --batch ID --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

Makes a new batch, linked to the issued one, with documents for the people whose documents
were pulled out and who are still insured, decided by the same rules. Same outputs as
annual certificates.

Options:
  --batch ID             the issued batch
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --debug-boxes          draw each field's box and name
  --jobs N               workers that write the PDFs (default: the cores; same files)
)";

inline constexpr const char* history_register_help = R"(kokuho history register: record an issued batch as delivered (5.1.5)

Usage: kokuho history register --batch ID [--date YYYY-MM-DD] [--db FILE | --config DIR]

Every document of the batch and of its replacement batches becomes delivered (交付), except
the pulled-out ones, which stay pulled (抜取). All or nothing; registering a batch twice
changes nothing and says so.

Options:
  --batch ID             the issued batch (not a replacement batch)
  --date YYYY-MM-DD      the delivery date (default: today, or $KOKUHO_TODAY)
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR           the config folder whose history.yaml names the store
)";

inline constexpr const char* history_collect_help = R"(kokuho history collect: record cards as collected (回収, 5.2.4)

Usage: kokuho history collect --kind FAMILY (--expired-by YYYY-MM-DD | --file FILE.csv) [--date YYYY-MM-DD] [--db FILE | --config DIR]

Registers the collection of delivered documents of the family's forms that are collected
(collect: true in families/FAMILY.yaml: the 高齢受給者証 of --kind elderly), in one
transaction, all or nothing. Their status becomes collected with the date; history show
shows both. Documents collected before are counted and left as they were, so a second run
changes nothing.

Options:
  --kind FAMILY          the family of documents (elderly)
  --expired-by DATE      every delivered card whose 有効期限 is before DATE
  --file FILE.csv        the cards named in a UTF-8 CSV file with the header
                         batch_id,seq,person_id: each row a batch and 通番, or a person_id
                         (that person's delivered cards). The whole file is checked first:
                         every unknown or undelivered card with file:row:column, and nothing
                         is registered.
  --date YYYY-MM-DD      the day of the collection (default: today, or $KOKUHO_TODAY)
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR           the config folder whose history.yaml names the store
)";

inline constexpr const char* history_show_help = R"(kokuho history show: the issue history (5.1.6)

Usage: kokuho history show --person ID | --household ID | --batch ID [--format text|csv|json]

Every document of every family with its batch, family, seq, form, variant, validity,
status (generated, pulled, delivered, ...) and dates. text is a table for a clerk; json is a list of objects.

Options:
  --format FORMAT        text (default), csv or json
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR           the config folder whose history.yaml names the store
)";

inline constexpr const char* elderly_changes_help = R"(kokuho elderly changes: 高齢受給者証 of the ratio changes during the year (5.9.1)

Usage: kokuho elderly changes --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

For the cycle --as-of falls in, judges the ratios again with what is registered (as kokuho
ratio judge does) and records the judgment, then compares every delivered 高齢受給者証 of the
cycle with the ratio now: the snapshot's ratio, else that judgment. People whose ratio
changed get a new card and letter, valid from --effective-from until the day the yearly run
gives; the new batch (kind change) supersedes their cards, which history show lists as
reissued with the new batch and 通番. Writes into DIR the documents, issue-file.dat,
issue-list, decisions.jsonl, change-list-NNNN.pdf and change-list.csv (変更分一覧: old and new
ratio, the card superseded, and whether the person's 資格確認書 prints the ratio and must be
reissued by the monthly run: eligibility's ratio_on_certificate), exceptions.csv and
manifest.json. The 資格確認書 itself is not reissued here.

Options:
  --effective-from DATE  the new cards' 発効期日 (default: the first day of the month after --as-of)
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR, --encoding, --skip-invalid-rows, --ignore-unknown-columns, --debug-boxes,
  --jobs N
)";

inline constexpr const char* limit_recommend_help = R"(kokuho limit recommend: 勧奨通知 to last year's holders of a limit certificate (5.3)

Usage: kokuho limit recommend --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

Last year's holders are the people whose 限度額適用(・標準負担額減額)認定証 ends on the day
before the cycle's first day: limit_certificate_until, or when that cell is empty the end of
the last limit certificate the history store delivered to them. rules.yaml's limit.recommend
chooses among them: all, without_mynumber (資格確認書 holders; the default), long_term_only
(長期入院, long_term_stay_from given) or none (no letters). Never invited: 70-74 people of
category 一般 or 現役並みIII (they need no certificate), and under-70 people of a household in
arrears (arrears_special) while limit.refuse_arrears_under_70 is on (the default).

Writes into DIR one A4 letter per household with an application form part (limit-notices-NNNN.pdf,
naming every invited member), issue-file.dat, the 勧奨通知送付一覧 (issue-list-NNNN.pdf and
issue-list.csv), decisions.jsonl (every person, with the reason: recommended, household_letter
for the other invited members of a household, or why not invited), exceptions.csv and
manifest.json, and records the batch (family limit_notice) in the history store: annual
pullout, replace and history register work on it as on any batch.

Options:
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --debug-boxes          draw each field's box and name
  --jobs N               workers that write the PDFs (default: the cores; same files)
)";

inline constexpr const char* limit_apply_help = R"(kokuho limit apply: register applications for a limit certificate (5.3)

Usage: kokuho limit apply --file FILE.csv [--db FILE] [--config DIR]

For offices that enter the applications (限度額適用認定申請) in this tool rather than in the
snapshot. FILE.csv is UTF-8 with the header

  person_id,applied_on

one row per person, the date as YYYY-MM-DD (not after today). The whole file is checked
first: every problem is named with file:row:column and nothing is registered. A person's
registered date fills the snapshot's limit_applied_on when that cell is empty (a given cell
wins). Registering the same date again changes nothing; a new date replaces the one in
force, and the earlier is kept.

The order of work for 5.3: kokuho limit recommend, then kokuho limit apply (or the snapshot's
limit_applied_on), then kokuho annual certificates --kind limit.

Options:
  --file FILE.csv        the applications
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR           the config folder whose history.yaml names the store
)";

inline constexpr const char* returns_register_help = R"(kokuho returns register: mail the post office brought back (5.7.1)

Usage: kokuho returns register --batch ID --seq N[,N...] --date YYYY-MM-DD [--reason CODE] --out DIR
       kokuho returns register --file FILE.csv --out DIR

Records the documents as returned (返送). FILE.csv is UTF-8 with the header

  batch_id,seq,returned_on,reason

A document comes back with its envelope: naming one 通番 registers the other documents of
its envelope too, and the summary names them. The reasons are unknown_address (あて所に尋ね
あたりません), moved_no_forward (転居先不明), unclaimed (保管期間経過), refused (受取拒否) and
other (the default), as layouts/lists/returned-list.yaml lists them. Everything is checked
first: an unknown batch or 通番, a pulled-out document (never mailed), a day before the batch's
and an unknown reason are each named with file:row, and nothing is registered. A document
returned before is left as it was and counted.

Writes the 返送分一覧 of every return in the store into DIR (returned-list.csv,
returned-list-0001.pdf, manifest.json).

Options:
  --out DIR              the folder of the 返送分一覧
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR           the config folder whose history.yaml names the store
)";

inline constexpr const char* returns_reissue_help = R"(kokuho returns reissue: send again what came back (5.7.2)

Usage: kokuho returns reissue --snapshot FILE --as-of YYYY-MM-DD --out DIR [--kind FAMILY] [options]

For every returned document of the family not yet dealt with (of the latest cycle among them):
- the person is insured and the mailing address (送付先, else the residence) differs from the
  one it was sent to: a new document of the family with today's data, to the new address, in
  a batch of kind reissue whose documents supersede the returned ones (status reissued);
- the address is unchanged: held (保管), for the counter or a 居所不明 investigation;
- the person gets no document now (no longer insured): closed.
Writes the documents, issue-file.dat, the issue list and decisions.jsonl of the reissue batch
(when anything is reissued), the 返送分一覧 (returned-list.csv, -0001.pdf) and manifest.json.
kokuho history register --batch registers the reissue batch (5.7.4).

Options:
  --kind FAMILY          the family of the returned documents (default: the default family)
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --debug-boxes          draw each field's box and name
  --jobs N               workers that write the PDFs (default: the cores; same files)
)";

inline constexpr const char* monthly_changes_help = R"(kokuho monthly changes: the month's changes (5.11)

Usage: kokuho monthly changes --snapshot FILE --as-of YYYY-MM-DD --out DIR [--kind FAMILY] [options]

For the cycle --as-of falls in, compares every insured person of the snapshot with the latest
document of the family they hold in the history store (generated or delivered, not
superseded) and decides again with the family's rules. A new document is issued, with the
reason codes of the family's monthly: section (families/FAMILY.yaml), for:
- printed content: name, address, head (世帯主), mail_address, number (記号・番号), ratio;
- a new form: applied, considerate, registration, ecert_expired, card_returned;
- a new variant: arrears_start, arrears_end (特別療養);
- age70: the document ends this month with the elderly status starting next month; the new
  one runs from that day (資格確認書 with ratio_on_certificate, 特定疾病療養受療証 and
  限度額適用認定証 from 70; a 高齢受給者証 when elderly.turning_70 is monthly);
- new_member: insured, with no document of the family yet;
- validity: the end date moved (a new 在留期間, ...).
Content the family does not print gives no new document, and people whose document came back
are left to kokuho returns reissue. A new document is valid from --as-of (from joining for a
new member, from the elderly status for age70).

Writes the documents, issue-file.dat, the issue list, decisions.jsonl, changes.jsonl (per new
document: person_id, family, form, variant, reasons, supersedes), change-notices-0001.pdf (one
変更理由のお知らせ per envelope, naming each reason of each document and what to do with the
old one), exceptions.csv and manifest.json, and records the batch (kind monthly): its documents
supersede the ones they replace. kokuho history register --batch registers it. When nothing
changed, nothing is written and the command says so: a second run on the same snapshot and
day, once the first batch is recorded, finds nothing new.

Options:
  --kind FAMILY[,FAMILY...]  the families (default: the default family, 資格確認書・お知らせ);
                         with several, each batch goes to DIR/FAMILY
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --debug-boxes          draw each field's box and name
  --jobs N               workers that write the PDFs (default: the cores; same files)
)";

inline constexpr const char* status_list_help = R"(kokuho status list: the 証交付状況一覧 (5.10)

Usage: kokuho status list --as-of YYYY-MM-DD --out DIR [--kind FAMILY] [--household ID]
                          [--snapshot FILE] [options]

One row per person and family, from the history store: the person's latest document of the
family (batch, 通番, form and variant, 交付日, validity), its status on --as-of (作成済
generated, 抜取 pulled, 交付済 delivered, 返送 returned, 保管 held, 処理終了 closed, 再発行済
reissued, 差替・変更済 superseded, 回収済 collected, or 期限切れ expired when its validity
ended before --as-of) and the document that superseded it. With --snapshot, the people
insured on --as-of who hold no valid document of the default family (資格確認書・お知らせ)
follow, marked 要交付: they need one. The last page gives the totals per family, form and
status. Writes status-list.csv, status-list-0001.pdf and manifest.json into DIR.

Options:
  --kind FAMILY          one family only (default: every family)
  --household ID         one household only
  --snapshot FILE        the snapshot that says who is insured (--encoding as for the runs)
  --out DIR              the output folder
  --db FILE              the history store (default: the config's history.yaml)
  --config DIR           the config folder
)";

inline constexpr const char* barcode_help = R"(kokuho barcode: Japan Post's customer barcode (カスタマバーコード)

Usage: kokuho barcode --postal-code NNN-NNNN [--address TEXT] [--format text|json]

TEXT is the part of the address after the town name (住所B), for example
"1丁目3番2号 郵便プラザ503室" for 東京都千代田区霞が関 100-0013. The 住所表示番号 is taken from it
by 「郵便番号・バーコードマニュアル」's 抜き出し法 and its supplementary rules. Leave --address
out for a large office's individual code (個別番号); give the box number for a PO box code.
Prints:
  data     the postal code and the 住所表示番号, before the cut to 20 symbols
  symbols  the 20 data symbols (0-9, -, CC1-CC8; a letter is a control code and a digit)
  check    the check symbol (mod 19)
  bars     the 67 bars: 1 long, 2 upper semi-long, 3 lower semi-long, 4 timing
With --format json: the keys data, symbols, check and bars. A malformed or representative
postal code (…00, which gets no barcode) exits with status 2.
)";

inline constexpr const char* preview_help = R"(kokuho preview: one person's document for a clerk to check

Usage: kokuho preview --snapshot FILE --as-of YYYY-MM-DD --person ID --out FILE.pdf [options]

Writes the person's document as the bulk run would print it, with the documents that go with
it in the same envelope (a 高齢受給者証 and its letter), into one PDF.

Options:
  --kind FAMILY          the family of documents; default the family marked default
  --person ID            the person's 宛名番号 (person_id)
  --out FILE.pdf         the PDF to write
  --db FILE              the history store whose ratio judgments are used, as the bulk run
                         does (default: the config's; read only when the file exists)
  --debug-boxes          draw each field's box and name
  --jobs N               workers that write the PDFs (default: the cores; same files)
)";

}  // namespace kokuho::cli
