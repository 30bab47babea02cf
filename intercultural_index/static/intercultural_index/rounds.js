/* An Index area page saves as the contributor goes: on each change, the whole form is posted
   to the same address with autosave=1 (the signed link in the URL is the key; no cookie is
   needed). Without this script, the Save button does the same. Nothing typed is taken out of
   the page: a refused save only shows its message. A save that met a newer answer (409) shows
   it beside the question, with a choice: keep mine (take the newer version as base, save
   again) or keep the saved one (put it in the fields). */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  // Not form.action: the buttons named "action" shadow that property.
  var address = form.getAttribute("action") || window.location.pathname;
  var status = form.querySelector("[data-save-status]");
  var progressText = document.querySelector("[data-progress-text]");
  var progressBar = document.querySelector("[data-progress-bar]");
  var timer = null;
  var busy = false;
  var again = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function showErrors(errors) {
    form.querySelectorAll(".index-question").forEach(function (box) {
      var messages = (errors && errors[box.id]) || [];
      var list = box.querySelector(".index-question__errors");
      box.classList.toggle("index-question--error", messages.length > 0);
      if (!messages.length) {
        if (list) {
          list.remove();
        }
        return;
      }
      if (!list) {
        list = document.createElement("ul");
        list.className = "index-question__errors";
        box.querySelector("legend").insertAdjacentElement("afterend", list);
      }
      list.textContent = "";
      messages.forEach(function (message) {
        var item = document.createElement("li");
        item.textContent = message;
        list.appendChild(item);
      });
    });
  }

  function field(name) {
    return form.querySelectorAll('[name="' + name + '"]');
  }

  function takeBases(bases) {
    Object.keys(bases || {}).forEach(function (name) {
      field(name).forEach(function (input) {
        input.value = bases[name];
      });
    });
  }

  function setBase(id, base) {
    field(id + "-base").forEach(function (input) {
      input.value = base;
    });
  }

  function putValues(values) {
    Object.keys(values).forEach(function (name) {
      var value = values[name];
      field(name).forEach(function (input) {
        if (input.type === "checkbox" || input.type === "radio") {
          input.checked =
            typeof value === "boolean"
              ? value
              : Array.isArray(value)
                ? value.indexOf(input.value) !== -1
                : input.value === value;
        } else {
          input.value = value;
        }
      });
    });
  }

  function button(text, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "index-round__button index-round__button--secondary";
    element.textContent = text;
    element.addEventListener("click", onClick);
    return element;
  }

  function showConflicts(conflicts) {
    Object.keys(conflicts || {}).forEach(function (id) {
      var box = document.getElementById(id);
      var conflict = conflicts[id];
      if (!box || box.querySelector(".index-question__conflict")) {
        return;
      }
      var panel = document.createElement("div");
      panel.className = "index-question__conflict";
      panel.setAttribute("role", "group");
      [form.getAttribute("data-conflict-text")]
        .concat(conflict.lines, [conflict.by, form.getAttribute("data-yours-text")])
        .forEach(function (text, position) {
          var line = document.createElement("p");
          if (position === 0) {
            var strong = document.createElement("strong");
            strong.textContent = text;
            line.appendChild(strong);
          } else {
            line.textContent = text;
          }
          panel.appendChild(line);
        });
      var actions = document.createElement("p");
      actions.className = "index-round__actions";
      actions.appendChild(
        button(form.getAttribute("data-keep-mine-text"), function () {
          setBase(id, conflict.base);
          panel.remove();
          schedule(0);
        })
      );
      actions.appendChild(
        button(form.getAttribute("data-keep-theirs-text"), function () {
          putValues(conflict.values);
          setBase(id, conflict.base);
          panel.remove();
          schedule(0);
        })
      );
      panel.appendChild(actions);
      box.querySelector("legend").insertAdjacentElement("afterend", panel);
      panel.setAttribute("tabindex", "-1");
    });
  }

  function save() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    var data = new FormData(form);
    data.set("autosave", "1");
    data.delete("action");
    say(form.getAttribute("data-saving-text"));
    fetch(address, {
      method: "POST",
      body: data,
      credentials: "omit",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (result) {
        say(result.message || form.getAttribute("data-failed-text"));
        if (result.progress && progressText) {
          progressText.textContent = result.progress;
        }
        if (progressBar && typeof result.answered === "number") {
          progressBar.max = result.total;
          progressBar.value = result.answered;
        }
        showErrors(result.errors);
        takeBases(result.bases);
        showConflicts(result.conflicts);
      })
      .catch(function () {
        say(form.getAttribute("data-failed-text"));
      })
      .then(function () {
        busy = false;
        if (again) {
          again = false;
          schedule(300);
        }
      });
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  form.addEventListener("change", function () {
    schedule(400);
  });
  form.addEventListener("input", function (event) {
    if (event.target.tagName === "TEXTAREA" || event.target.type === "number") {
      schedule(2000);
    }
  });
})();
