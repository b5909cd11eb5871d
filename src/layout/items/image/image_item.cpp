#include "layout/items/image/image_item.h"

#include "core/error.h"
#include "core/png_check.h"
#include "core/yaml.h"
#include "layout/items/registry.h"

namespace kokuho::layout {

namespace {

item_spec load_image(const item_node& in) {
    if (in.node["image"] && in.node["file"])
        yaml::fail(in.file, in.node, "an image comes from a field (image:) or a file (file:), not both");
    if (in.at.w <= 0 || in.at.h <= 0) yaml::fail(in.file, in.node, "at: an image needs a positive width and height");
    image_item out;
    out.at = in.at;
    if (in.node["image"]) out.field = name_of(in, "image");
    else out.path = yaml::resolve_path(in.file, name_of(in, "file"));
    if (!out.path.empty())
        if (auto problem = png_problem(out.path); !problem.empty())
            yaml::fail(in.file, in.node["file"], "file: " + out.path + ": " + problem);
    return out;
}

// The path: the file's, or the field's value ("" when the insurer has no seal: no image).
void compose_image(const item_spec& spec, compose_context& c) {
    const auto& im = std::get<image_item>(spec);
    std::string path = im.path;
    if (!im.field.empty()) {
        const value* bound = c.values.find(im.field);
        if (!bound) fail_input({c.file}, "image field \"" + im.field + "\" is not bound by the template");
        path = bound->text();
    }
    if (!path.empty()) c.out.push_back(image{im.at.x, im.at.y, im.at.w, im.at.h, path});
}

void image_read(const item_spec& spec, std::vector<std::string>& out) {
    const auto& im = std::get<image_item>(spec);
    if (!im.field.empty()) out.push_back(im.field);
}

}  // namespace

const item_type& image_type() {
    static const item_type type{"image", {"image", "file"}, {}, true, false, load_image, compose_image, image_read};
    return type;
}

}  // namespace kokuho::layout
