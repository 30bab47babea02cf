// Reveals the "Print" buttons and wires them to the browser's print dialogue. Without
// JavaScript the buttons stay hidden and the browser's own Print command does the same.
document.querySelectorAll("[data-ar-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
        window.print();
    });
});
