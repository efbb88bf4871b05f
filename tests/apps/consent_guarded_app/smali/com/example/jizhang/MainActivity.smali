.class public Lcom/example/jizhang/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# static fields
.field private static final REQUEST_CAMERA:I = 0x64


# instance fields
.field private db:Lcom/example/jizhang/util/LedgerDb;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private ensureCameraPermission()V
    .registers 5

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/jizhang/MainActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_17

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v3, 0x64

    invoke-virtual {p0, v1, v3}, Lcom/example/jizhang/MainActivity;->requestPermissions([Ljava/lang/String;I)V

    :cond_17
    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/jizhang/util/LedgerDb;->open(Landroid/content/Context;)Lcom/example/jizhang/util/LedgerDb;

    move-result-object v0

    iput-object v0, p0, Lcom/example/jizhang/MainActivity;->db:Lcom/example/jizhang/util/LedgerDb;

    new-instance v1, Landroid/widget/TextView;

    invoke-direct {v1, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    invoke-virtual {v0}, Lcom/example/jizhang/util/LedgerDb;->monthTotalText()Ljava/lang/String;

    move-result-object v2

    invoke-virtual {v1, v2}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    invoke-virtual {p0, v1}, Lcom/example/jizhang/MainActivity;->setContentView(Landroid/view/View;)V

    invoke-direct {p0}, Lcom/example/jizhang/MainActivity;->ensureCameraPermission()V

    return-void
.end method
