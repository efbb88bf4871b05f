.class public Lcom/example/wuye/ui/RepairActivity;
.super Landroid/app/Activity;
.source "RepairActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public takeSitePhoto()V
    .registers 4

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/wuye/ui/RepairActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_14

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v2, 0xca

    invoke-virtual {p0, v1, v2}, Lcom/example/wuye/ui/RepairActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_14
    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.media.action.IMAGE_CAPTURE"

    invoke-direct {v0, v1}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V

    const/16 v1, 0xcb

    invoke-virtual {p0, v0, v1}, Lcom/example/wuye/ui/RepairActivity;->startActivityForResult(Landroid/content/Intent;I)V

    return-void
.end method
