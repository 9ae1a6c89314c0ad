interface Props {
  /** The height of the rows left out, in pixels; none when 0. */
  height: number;
  columns: number;
}

/** The space of the rows a virtualised table leaves out above or below the rows it draws. */
export function VirtualPadRow({ height, columns }: Props) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
