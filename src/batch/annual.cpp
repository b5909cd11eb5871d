#include "batch/annual.h"

#include "batch/history_rows.h"
#include "record/store.h"

namespace kokuho::batch {

batch_summary run_annual(const annual_options& options) {
    run_input in = load_input(options.input);
    batch_plan plan = plan_batch(in.snapshot.data, in.cycle, in.cfg);
    std::string batch_id = annual_batch_id(options.input.snapshot_path, in.cfg, in.cycle);

    output_dir out(options.out_dir);
    manifest files(batch_id, "annual");
    batch_summary summary = produce_batch(in, plan, batch_id, options.produce, out, files);

    // The files are complete before the history says the batch exists; if recording
    // fails, the folder's files are removed.
    files.write(out);
    auto history = record::store::open(database_path(options.database, in.cfg));
    record::batch_info info{batch_id, "annual", in.cycle.issue_date.iso(), in.cfg.fingerprint, ""};
    summary.already_recorded = history.record_batch(info, document_rows(in.snapshot.data, plan)).already_recorded;
    out.commit_all();
    return summary;
}

}  // namespace kokuho::batch
