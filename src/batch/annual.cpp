#include "batch/annual.h"

#include "batch/history.h"
#include "batch/store_inputs.h"

namespace kokuho::batch {

batch_summary run_annual(const annual_options& options, const families::registry& families) {
    const auto& f = options.family.empty() ? families.default_family() : families.get(options.family);
    run_input in = load_input(options.input, load_run_config(options.input, families));
    if (families::switched_off(f, in.cfg)) {
        batch_summary off;
        off.family = f.id;
        // An option of the family (elderly.target), or one it borrows (limit.recommend).
        auto option = f.off_when->option.find('.') == std::string::npos ? f.id + "." + f.off_when->option
                                                                        : f.off_when->option;
        off.switched_off_by = option + ": " + f.off_when->value;
        return off;
    }
    // The output folder and the store are checked before anything is produced.
    output_dir out(options.out_dir);
    if (in.cfg.output.group_readable) out.share_with_group();
    auto history = open_store(options.database, in.cfg);
    use_store(in, *history, f);
    batch_plan plan = plan_batch(in.snapshot.data, in.cycle, in.cfg, f);
    std::string batch_id = annual_batch_id(in.snapshot.sha256, in.stored_inputs, in.cfg, in.cycle, f);

    auto reserved = reserve(*history, batch_id, "annual", batch_id, out, true);
    release_on_failure release(*history, reserved);

    manifest files(batch_id, "annual");
    record::batch_info info{batch_id, f.id, "annual", in.cycle.issue_date.iso(), in.cfg.fingerprint, "",
                            in.cycle.start.iso()};
    // The documents' history rows go to the store as they are produced, in one transaction
    // that the end of the run commits: memory does not grow with them.
    auto writer = history->start_batch(info);
    auto produced = produce_batch(in, plan, batch_id, options.produce, out, files, writer.get());
    return record_streamed(*history, *writer, std::move(produced.summary), reserved, info.batch_id, out, files);
}

}  // namespace kokuho::batch
