# Ray tracer: Vec class with operator overloading, spheres/planes, shadows, reflections; prints a checksum of the image
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        inv = 1.0 / self.length()
        return Vec(self.x * inv, self.y * inv, self.z * inv)

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).norm()

    def material_at(self, p):
        return self.material


class Plane:
    def __init__(self, point, normal, m1, m2):
        self.point = point
        self.normal = normal.norm()
        self.m1 = m1
        self.m2 = m2

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def material_at(self, p):
        if (int(math.floor(p.x)) + int(math.floor(p.z))) % 2 == 0:
            return self.m1
        return self.m2


class Scene:
    def __init__(self):
        red = Material(Vec(0.9, 0.2, 0.2), 0.8, 0.4, 0.25)
        green = Material(Vec(0.2, 0.85, 0.3), 0.7, 0.6, 0.1)
        mirror = Material(Vec(0.9, 0.9, 0.95), 0.2, 0.9, 0.7)
        blue = Material(Vec(0.25, 0.3, 0.9), 0.9, 0.2, 0.0)
        white = Material(Vec(0.95, 0.95, 0.95), 0.9, 0.1, 0.15)
        black = Material(Vec(0.08, 0.08, 0.08), 0.9, 0.1, 0.15)
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, red),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, green),
            Sphere(Vec(2.0, 1.3, 6.5), 1.3, mirror),
            Sphere(Vec(0.8, 0.35, 3.4), 0.35, blue),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), white, black),
        ]
        self.lights = [(Vec(-4.0, 6.0, 0.0), 0.8), (Vec(5.0, 4.0, 2.0), 0.5)]
        self.ambient = 0.08
        self.background = Vec(0.15, 0.2, 0.35)

    def nearest(self, ray):
        best_t = 1e30
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        p = ray.at(t)
        n = obj.normal_at(p)
        m = obj.material_at(p)
        colour = m.colour * self.ambient
        for light_pos, intensity in self.lights:
            if self.shadowed(p, light_pos):
                continue
            l = (light_pos - p).norm()
            lam = n.dot(l)
            if lam > 0.0:
                colour = colour + m.colour * (lam * m.diffuse * intensity)
                h = (l - ray.direction).norm()
                spec = n.dot(h)
                if spec > 0.0:
                    spec = spec ** 32
                    colour = colour + Vec(1.0, 1.0, 1.0) * (spec * m.specular * intensity)
        if m.reflect > 0.0 and depth < 3:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            bounced = self.trace(Ray(p, r.norm()), depth + 1)
            colour = colour * (1.0 - m.reflect) + bounced * m.reflect
        return colour


def clamp255(v):
    v = int(v * 255.0 + 0.5)
    if v < 0:
        return 0
    if v > 255:
        return 255
    return v


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.6, -1.0)
    fov = math.tan(math.pi / 6.0)
    aspect = width / height
    checksum = 0
    histogram = [0] * 8
    for j in range(height):
        y = (1.0 - 2.0 * (j + 0.5) / height) * fov
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * fov * aspect
            direction = Vec(x, y - 0.15, 1.0).norm()
            c = scene.trace(Ray(eye, direction), 0)
            r = clamp255(c.x)
            g = clamp255(c.y)
            b = clamp255(c.z)
            checksum = (checksum * 16777619 + (r << 16 | g << 8 | b)) & 0xFFFFFFFF
            histogram[(r + g + b) * 8 // 766] += 1
    return checksum, histogram


checksum, histogram = render(280, 210)
print("checksum", checksum)
print("histogram", histogram)
