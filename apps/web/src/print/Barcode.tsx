import JsBarcode from 'jsbarcode';
import { useLayoutEffect, useRef } from 'react';

/**
 * One Code 128 module is printed 0.254 mm wide (1/100 inch): a whole number of dots on 300 and
 * 600 dpi printers, so bars keep their ratios, and wide enough for any USB gate scanner.
 */
const MODULE_MM = 0.254;

type Props = {
  /** Printed exactly as given: the gate page must accept what the scanner types. */
  value: string;
  barHeightMm?: number;
  testId?: string;
};

/**
 * A Code 128 (set B) barcode drawn as SVG at its true size in mm, with the value printed
 * under the bars. Only print views import it, so jsbarcode stays out of the main bundle.
 */
export const Barcode = ({ value, barHeightMm = 9, testId }: Props) => {
  const ref = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    // Set B only: every character of a serial is in it, and one code set is what a reader expects.
    JsBarcode(svg, value, {
      format: 'CODE128B',
      width: 1,
      height: barHeightMm / MODULE_MM,
      margin: 0,
      // The quiet zone Code 128 asks for on either side: 10 modules.
      marginLeft: 10,
      marginRight: 10,
      font: 'ui-monospace, monospace',
      fontSize: 2.8 / MODULE_MM,
      textMargin: 0.6 / MODULE_MM,
      // Room below the text's baseline, so the SVG's edge does not clip the digits.
      marginBottom: 0.6 / MODULE_MM,
      background: '',
      valid: () => {},
    });
    // JsBarcode sizes the SVG in px (one per module); print it in mm instead.
    const { width, height } = svg.viewBox.baseVal;
    svg.setAttribute('width', `${(width * MODULE_MM).toFixed(2)}mm`);
    svg.setAttribute('height', `${(height * MODULE_MM).toFixed(2)}mm`);
  }, [value, barHeightMm]);
  return <svg ref={ref} role="img" aria-label={value} className="pd-barcode" data-testid={testId} />;
};
