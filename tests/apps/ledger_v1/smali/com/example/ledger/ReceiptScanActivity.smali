.class public Lcom/example/ledger/ReceiptScanActivity;
.super Landroid/app/Activity;
.source "ReceiptScanActivity.java"


# static fields
.field private static final REQUEST_CAMERA:I = 0x65


# instance fields
.field private camera:Landroid/hardware/Camera;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private openCamera()V
    .registers 4

    :try_start_0
    invoke-static {}, Landroid/hardware/Camera;->open()Landroid/hardware/Camera;

    move-result-object v0

    iput-object v0, p0, Lcom/example/ledger/ReceiptScanActivity;->camera:Landroid/hardware/Camera;

    const/16 v1, 0x5a

    invoke-virtual {v0, v1}, Landroid/hardware/Camera;->setDisplayOrientation(I)V

    invoke-virtual {v0}, Landroid/hardware/Camera;->startPreview()V
    :try_end_e
    .catch Ljava/lang/RuntimeException; {:try_start_0 .. :try_end_e} :catch_f

    return-void

    :catch_f
    move-exception v0

    const-string v1, "\u76f8\u673a\u6253\u5f00\u5931\u8d25\uff0c\u8bf7\u68c0\u67e5\u76f8\u673a\u6743\u9650"

    const/4 v2, 0x0

    invoke-static {p0, v1, v2}, Landroid/widget/Toast;->makeText(Landroid/content/Context;Ljava/lang/CharSequence;I)Landroid/widget/Toast;

    move-result-object v1

    invoke-virtual {v1}, Landroid/widget/Toast;->show()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/ledger/ReceiptScanActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_19

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v3, 0x65

    invoke-virtual {p0, v1, v3}, Lcom/example/ledger/ReceiptScanActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_19
    invoke-direct {p0}, Lcom/example/ledger/ReceiptScanActivity;->openCamera()V

    return-void
.end method

.method protected onPause()V
    .registers 2

    invoke-super {p0}, Landroid/app/Activity;->onPause()V

    iget-object v0, p0, Lcom/example/ledger/ReceiptScanActivity;->camera:Landroid/hardware/Camera;

    if-eqz v0, :cond_e

    invoke-virtual {v0}, Landroid/hardware/Camera;->release()V

    const/4 v0, 0x0

    iput-object v0, p0, Lcom/example/ledger/ReceiptScanActivity;->camera:Landroid/hardware/Camera;

    :cond_e
    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 6

    invoke-super {p0, p1, p2, p3}, Landroid/app/Activity;->onRequestPermissionsResult(I[Ljava/lang/String;[I)V

    const/16 v0, 0x65

    if-ne p1, v0, :cond_13

    array-length v0, p3

    if-lez v0, :cond_13

    const/4 v0, 0x0

    aget v1, p3, v0

    if-nez v1, :cond_13

    invoke-direct {p0}, Lcom/example/ledger/ReceiptScanActivity;->openCamera()V

    :cond_13
    return-void
.end method
