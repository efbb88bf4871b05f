.class public Lcom/example/ledger/InviteFriendsActivity;
.super Landroid/app/Activity;
.source "InviteFriendsActivity.java"


# static fields
.field private static final REQUEST_CONTACTS:I = 0x66


# instance fields
.field private contactsView:Landroid/widget/TextView;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private loadContacts()V
    .registers 10

    invoke-virtual {p0}, Lcom/example/ledger/InviteFriendsActivity;->getContentResolver()Landroid/content/ContentResolver;

    move-result-object v0

    sget-object v1, Landroid/provider/ContactsContract$CommonDataKinds$Phone;->CONTENT_URI:Landroid/net/Uri;

    const/4 v2, 0x2

    new-array v2, v2, [Ljava/lang/String;

    const-string v3, "display_name"

    const/4 v4, 0x0

    aput-object v3, v2, v4

    const-string v3, "data1"

    const/4 v5, 0x1

    aput-object v3, v2, v5

    const/4 v3, 0x0

    const/4 v4, 0x0

    const-string v5, "sort_key"

    invoke-virtual/range {v0 .. v5}, Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;

    move-result-object v0

    if-nez v0, :cond_1f

    return-void

    :cond_1f
    new-instance v1, Ljava/lang/StringBuilder;

    invoke-direct {v1}, Ljava/lang/StringBuilder;-><init>()V

    :goto_24
    invoke-interface {v0}, Landroid/database/Cursor;->moveToNext()Z

    move-result v2

    if-eqz v2, :cond_48

    const/4 v2, 0x0

    invoke-interface {v0, v2}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;

    move-result-object v2

    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v2, "  "

    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const/4 v2, 0x1

    invoke-interface {v0, v2}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;

    move-result-object v2

    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const/16 v2, 0xa

    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;

    goto :goto_24

    :cond_48
    invoke-interface {v0}, Landroid/database/Cursor;->close()V

    iget-object v0, p0, Lcom/example/ledger/InviteFriendsActivity;->contactsView:Landroid/widget/TextView;

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/TextView;

    invoke-direct {v0, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    iput-object v0, p0, Lcom/example/ledger/InviteFriendsActivity;->contactsView:Landroid/widget/TextView;

    const-string v1, "\u9009\u62e9\u597d\u53cb\uff0c\u9080\u8bf7TA\u4e00\u8d77\u7528\u5c0f\u9e7f\u8bb0\u8d26"

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setHint(Ljava/lang/CharSequence;)V

    invoke-virtual {p0, v0}, Lcom/example/ledger/InviteFriendsActivity;->setContentView(Landroid/view/View;)V

    const-string v0, "android.permission.READ_CONTACTS"

    invoke-virtual {p0, v0}, Lcom/example/ledger/InviteFriendsActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_2a

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v3, 0x66

    invoke-virtual {p0, v1, v3}, Lcom/example/ledger/InviteFriendsActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_2a
    invoke-direct {p0}, Lcom/example/ledger/InviteFriendsActivity;->loadContacts()V

    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 6

    invoke-super {p0, p1, p2, p3}, Landroid/app/Activity;->onRequestPermissionsResult(I[Ljava/lang/String;[I)V

    const/16 v0, 0x66

    if-ne p1, v0, :cond_13

    array-length v0, p3

    if-lez v0, :cond_13

    const/4 v0, 0x0

    aget v1, p3, v0

    if-nez v1, :cond_13

    invoke-direct {p0}, Lcom/example/ledger/InviteFriendsActivity;->loadContacts()V

    :cond_13
    return-void
.end method
