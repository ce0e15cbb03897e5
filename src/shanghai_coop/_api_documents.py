"""The facade's documents register and accession steps.

Part of :class:`~shanghai_coop.Organisation` (see :mod:`._organisation`); each method
delegates to :mod:`._documents`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._args import DocumentKindName
    from ._dataset import Scope
    from ._enums import DocumentKind
    from .model import AccessionStep, Document, MemberState

__all__ = ["DocumentQueries"]


class DocumentQueries:
    """The organisation's founding and key documents, and the steps of accession."""

    __slots__ = ()
    _scope: Scope

    def documents(
        self, kind: DocumentKind | DocumentKindName | None = None, on: object = None
    ) -> tuple[Document, ...]:
        """Return the documents register: founding and key documents, in time order.

        The register holds the founding declaration, the Charter, the conventions and
        treaties, the regulations that created the observer and dialogue-partner statuses
        and the rules of admission, the development strategies, the memoranda of
        obligations and the Council's decisions on accession, and the UN General Assembly's
        resolutions on the SCO. Each document is dated by its signing or adoption
        (``Document.act`` says which), as precisely as its sources give it.

        Args:
            kind: One :class:`~shanghai_coop.DocumentKind` (``"regulation"``,
                ``"un_resolution"``, ...), or ``None`` for every kind.
            on: A date-like value: only documents that may have been signed or adopted on
                or before that day (one dated only to a year counts from its first day;
                ``doc.date.certainly_before(on)`` keeps the certain ones). ``None`` for all.

        Returns:
            The :class:`~shanghai_coop.Document` records, sorted by date.

        Raises:
            InvalidArgumentError: ``kind`` is not a kind of document.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        .. versionadded:: 0.4.0

        Example:
            >>> sco = Organisation.load()
            >>> [d.id for d in sco.documents(kind="regulation", on="2009-01-01")]
            ['observer-regulation-2004', 'dialogue-partner-regulation-2008']
        """
        from . import _documents

        return _documents.documents(self._scope, kind, on)

    def document(self, document_id: str) -> Document:
        """Return one document of the register by id.

        Args:
            document_id: The document's id (``"sco-charter-2002"``).

        Returns:
            The :class:`~shanghai_coop.Document`.

        Raises:
            UnknownDocumentError: No document has that id (a ``KeyError``);
                ``suggestions`` lists close ids.

        .. versionadded:: 0.4.0

        Example:
            >>> doc = Organisation.load().document("observer-regulation-2004")
            >>> str(doc.date), doc.place, doc.body
            ('2004-06-17', 'Tashkent', 'heads_of_state')
        """
        from . import _documents

        return _documents.document(self._scope, document_id)

    def accession_steps(self, state: str | MemberState | None = None) -> tuple[AccessionStep, ...]:
        """Return the dated steps of accession to membership, in time order.

        For every state that took them: the application that led to the procedure, the
        Council of Heads of State's decision to start the procedure, the memorandum of
        obligations (signed, ratified), the decision to admit and the day membership
        began. Steps are facts, not statuses; the accession-process qualifier of
        :meth:`history` holds from the start of the procedure to membership.

        Args:
            state: A state (anything :meth:`resolve` accepts), or ``None`` for every
                state.

        Returns:
            The :class:`~shanghai_coop.AccessionStep` records, sorted by date.

        Raises:
            UnknownStateError: ``state`` denotes no state.

        .. versionadded:: 0.4.0

        Example:
            >>> [str(s) for s in Organisation.load().accession_steps("Belarus")][1:3]
            ['procedure of admission started 2022-09-16', 'memorandum of obligations signed 2023-07-04']
        """  # noqa: E501
        from . import _documents

        return _documents.accession_steps(self._scope, state)
