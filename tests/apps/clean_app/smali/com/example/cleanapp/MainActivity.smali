.class public Lcom/example/cleanapp/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

# interfaces
.implements Landroid/view/View$OnClickListener;


# static fields
.field private static final REQUEST_NOTIFICATIONS:I = 0x3e9


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private addEntry(Landroid/widget/LinearLayout;Ljava/lang/String;I)V
    .registers 5

    new-instance v0, Landroid/widget/Button;

    invoke-direct {v0, p0}, Landroid/widget/Button;-><init>(Landroid/content/Context;)V

    invoke-virtual {v0, p2}, Landroid/widget/Button;->setText(Ljava/lang/CharSequence;)V

    invoke-virtual {v0, p3}, Landroid/widget/Button;->setId(I)V

    invoke-virtual {v0, p0}, Landroid/widget/Button;->setOnClickListener(Landroid/view/View$OnClickListener;)V

    invoke-virtual {p1, v0}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    return-void
.end method

.method private requestNotificationPermission()V
    .registers 5

    sget v0, Landroid/os/Build$VERSION;->SDK_INT:I

    const/16 v1, 0x21

    if-lt v0, v1, :cond_1c

    const-string v0, "android.permission.POST_NOTIFICATIONS"

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/MainActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_1c

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v3, 0x3e9

    invoke-virtual {p0, v1, v3}, Lcom/example/cleanapp/MainActivity;->requestPermissions([Ljava/lang/String;I)V

    :cond_1c
    return-void
.end method


# virtual methods
.method public onClick(Landroid/view/View;)V
    .registers 4

    invoke-virtual {p1}, Landroid/view/View;->getId()I

    move-result v0

    packed-switch v0, :pswitch_data_1e

    return-void

    :pswitch_8
    const-class v1, Lcom/example/cleanapp/ScanActivity;

    goto :goto_12

    :pswitch_b
    const-class v1, Lcom/example/cleanapp/NearbyActivity;

    goto :goto_12

    :pswitch_e
    const-class v1, Lcom/example/cleanapp/InviteActivity;

    :goto_12
    new-instance v0, Landroid/content/Intent;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/MainActivity;->startActivity(Landroid/content/Intent;)V

    return-void

    :pswitch_data_1e
    .packed-switch 0x1
        :pswitch_8
        :pswitch_b
        :pswitch_e
    .end packed-switch
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/LinearLayout;

    invoke-direct {v0, p0}, Landroid/widget/LinearLayout;-><init>(Landroid/content/Context;)V

    const/4 v1, 0x1

    invoke-virtual {v0, v1}, Landroid/widget/LinearLayout;->setOrientation(I)V

    const-string v2, "\u626b\u4e00\u626b"

    invoke-direct {p0, v0, v2, v1}, Lcom/example/cleanapp/MainActivity;->addEntry(Landroid/widget/LinearLayout;Ljava/lang/String;I)V

    const-string v2, "\u9644\u8fd1\u95e8\u5e97"

    const/4 v3, 0x2

    invoke-direct {p0, v0, v2, v3}, Lcom/example/cleanapp/MainActivity;->addEntry(Landroid/widget/LinearLayout;Ljava/lang/String;I)V

    const-string v2, "\u9080\u8bf7\u597d\u53cb"

    const/4 v3, 0x3

    invoke-direct {p0, v0, v2, v3}, Lcom/example/cleanapp/MainActivity;->addEntry(Landroid/widget/LinearLayout;Ljava/lang/String;I)V

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/MainActivity;->setContentView(Landroid/view/View;)V

    invoke-direct {p0}, Lcom/example/cleanapp/MainActivity;->requestNotificationPermission()V

    return-void
.end method
