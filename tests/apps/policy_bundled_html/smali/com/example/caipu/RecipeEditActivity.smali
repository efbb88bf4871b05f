.class public Lcom/example/caipu/RecipeEditActivity;
.super Landroid/app/Activity;
.source "RecipeEditActivity.java"


# static fields
.field private static final REQ_TAKE_PHOTO:I = 0x65

.field private static final REQ_PICK:I = 0x66


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public onTakePhotoClicked()V
    .registers 4

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/caipu/RecipeEditActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_15

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v2, 0x65

    invoke-virtual {p0, v1, v2}, Lcom/example/caipu/RecipeEditActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_15
    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.media.action.IMAGE_CAPTURE"

    invoke-direct {v0, v1}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V

    const/16 v1, 0x65

    invoke-virtual {p0, v0, v1}, Lcom/example/caipu/RecipeEditActivity;->startActivityForResult(Landroid/content/Intent;I)V

    return-void
.end method

.method public onPickFromAlbumClicked()V
    .registers 4

    const-string v0, "android.permission.READ_EXTERNAL_STORAGE"

    invoke-virtual {p0, v0}, Lcom/example/caipu/RecipeEditActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_15

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v2, 0x66

    invoke-virtual {p0, v1, v2}, Lcom/example/caipu/RecipeEditActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_15
    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.intent.action.PICK"

    sget-object v2, Landroid/provider/MediaStore$Images$Media;->EXTERNAL_CONTENT_URI:Landroid/net/Uri;

    invoke-direct {v0, v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;Landroid/net/Uri;)V

    const/16 v1, 0x66

    invoke-virtual {p0, v0, v1}, Lcom/example/caipu/RecipeEditActivity;->startActivityForResult(Landroid/content/Intent;I)V

    return-void
.end method

.method public onSaveStepImage(Landroid/graphics/Bitmap;Ljava/lang/String;)V
    .registers 5

    invoke-virtual {p0}, Lcom/example/caipu/RecipeEditActivity;->getContentResolver()Landroid/content/ContentResolver;

    move-result-object v0

    const-string v1, ""

    invoke-static {v0, p1, p2, v1}, Landroid/provider/MediaStore$Images$Media;->insertImage(Landroid/content/ContentResolver;Landroid/graphics/Bitmap;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;

    return-void
.end method
