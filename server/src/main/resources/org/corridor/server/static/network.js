// The network view's zoom (wheel), pan (drag the background) and moving a party (drag it).
// The drawing is complete without this file; it only changes the view and the parties' places.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) {
    return;
  }
  var box = svg.viewBox.baseVal;
  var point = svg.createSVGPoint();
  function inDrawing(e) {
    point.x = e.clientX;
    point.y = e.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var p = inDrawing(e);
    var f = e.deltaY < 0 ? 0.8 : 1.25;
    box.x = p.x - (p.x - box.x) * f;
    box.y = p.y - (p.y - box.y) * f;
    box.width *= f;
    box.height *= f;
  }, { passive: false });
  var drag = null;
  var moved = false;
  svg.addEventListener("pointerdown", function (e) {
    var party = e.target.closest("circle.party");
    var p = inDrawing(e);
    moved = false;
    drag = party
      ? { party: party, dx: party.cx.baseVal.value - p.x, dy: party.cy.baseVal.value - p.y, sx: e.clientX, sy: e.clientY }
      : { sx: e.clientX, sy: e.clientY, bx: box.x, by: box.y };
    e.preventDefault();
  });
  window.addEventListener("pointermove", function (e) {
    if (!drag) {
      return;
    }
    if (Math.abs(e.clientX - drag.sx) + Math.abs(e.clientY - drag.sy) > 3) {
      moved = true;
    }
    if (!moved) {
      return;
    }
    if (drag.party) {
      var p = inDrawing(e);
      var x = p.x + drag.dx;
      var y = p.y + drag.dy;
      var id = drag.party.getAttribute("data-id");
      drag.party.setAttribute("cx", x);
      drag.party.setAttribute("cy", y);
      svg.querySelectorAll("line").forEach(function (l) {
        if (l.getAttribute("data-s") === id) { l.setAttribute("x1", x); l.setAttribute("y1", y); }
        if (l.getAttribute("data-t") === id) { l.setAttribute("x2", x); l.setAttribute("y2", y); }
      });
      var name = svg.querySelector("text[data-for=\"" + CSS.escape(id) + "\"]");
      if (name) {
        name.setAttribute("x", x + Number(drag.party.getAttribute("r")) + 2);
        name.setAttribute("y", y + 4);
      }
    } else {
      var scale = box.width / svg.clientWidth;
      box.x = drag.bx - (e.clientX - drag.sx) * scale;
      box.y = drag.by - (e.clientY - drag.sy) * scale;
    }
  });
  window.addEventListener("pointerup", function () {
    drag = null;
  });
  // a drag that ends on a party is not a click through to its page
  svg.addEventListener("click", function (e) {
    if (moved) {
      e.preventDefault();
      e.stopPropagation();
      moved = false;
    }
  }, true);
})();
