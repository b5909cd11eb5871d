#pragma once
// The --help texts.

namespace kokuho::cli {

inline constexpr const char* main_help = R"(kokuho: NHI eligibility documents (資格確認書, 資格情報のお知らせ) and contractor files

Usage:
  kokuho annual certificates --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]
      The yearly bulk issue (5.1.1, 5.1.2): documents as PDF, the issue file for the
      contractor, the issue list, decisions.jsonl, exceptions.csv and manifest.json.
  kokuho preview --snapshot FILE --as-of YYYY-MM-DD --person ID --out FILE.pdf [options]
      One person's document, as the bulk run would print it, for a clerk to check.

  kokuho COMMAND --help   for the options of a command

Exit status: 0 done; 2 bad input or configuration (the message names file:row:column and
nothing is written); 1 internal failure.
)";

inline constexpr const char* common_options_help = R"(
  --snapshot FILE        the eligibility snapshot CSV (spec/snapshot.md)
  --as-of YYYY-MM-DD     the snapshot's reference date (基準日), printed as 交付年月日
  --valid-from DATE      the first day of the new cycle; default the next 1 August
                         (the config's cycle_start) on or after --as-of
  --config DIR           insurer settings and rule options (insurer.yaml, rules.yaml,
                         output.yaml); default samples/config
  --encoding ENC         the snapshot's encoding: utf-8 (default) or cp932
  --ignore-unknown-columns   accept columns the snapshot format does not know
  --skip-invalid-rows    leave out invalid rows (listed in exceptions.csv) instead of
                         stopping with an error
  --project DIR          where templates/, layouts/ and fonts/ are (default: $KOKUHO_HOME,
                         else the source tree the program was built from)
  --debug-boxes          draw each field's box and name (for adjusting layouts)
)";

inline constexpr const char* annual_certificates_help = R"(kokuho annual certificates: the yearly bulk issue of 資格確認書 and 資格情報のお知らせ

Usage: kokuho annual certificates --snapshot FILE --as-of YYYY-MM-DD --out DIR [options]

Decides per insured person the form, variant and validity (spec/rules.md) and writes into
DIR (which must not already hold a finished run):
  certificates-NNNN.pdf, notices-NNNN.pdf   the documents, in mailing order
  issue-file.dat          発行用ファイル, fixed-width CP932 (layouts/records/)
  issue-list-NNNN.pdf, issue-list.csv   交付一覧
  decisions.jsonl         one line per person of the snapshot
  exceptions.csv          replaced characters, shrunk or truncated values, skipped rows
  manifest.json           every file with role, size, SHA-256 and page/record count
Files appear under their final names only when complete; manifest.json is written last.
A run that fails removes what it wrote.

Options:
  --out DIR              the output folder)";

inline constexpr const char* preview_help = R"(kokuho preview: one person's document for a clerk to check

Usage: kokuho preview --snapshot FILE --as-of YYYY-MM-DD --person ID --out FILE.pdf [options]

Options:
  --person ID            the person's 宛名番号 (person_id)
  --out FILE.pdf         the PDF to write)";

}  // namespace kokuho::cli
